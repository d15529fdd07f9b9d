# Run-length encoding and decoding: graphemes, multi-clause functions with guards,
# tail recursion, round-trip checks, Int parsing of the counts.

# Encode by walking the graphemes with an accumulator of (grapheme, count) runs.
fn runs(chars :: List<String>, acc :: List<(String, Int)>) -> List<(String, Int)> do
  case (chars, acc) do
    ([], _) -> List.reverse(acc)
    (c :: rest, (prev, n) :: done) when c == prev -> runs(rest, (prev, n + 1) :: done)
    (c :: rest, _) -> runs(rest, (c, 1) :: acc)
  end
end

fn encode_run((c, n) :: (String, Int)) -> String do
  if n == 1 do c else "${n}${c}" end
end

fn encode(text :: String) -> String do
  runs(String.graphemes(text), [])
  |> List.map(encode_run)
  |> String.join("")
end

fn is_digit(c :: String) -> Bool = c >= "0" and c <= "9"

# Decode: digits accumulate into a pending count; any other grapheme closes a run.
fn decode_loop(chars :: List<String>, pending :: String, out :: List<String>) -> Result<String, String> do
  case chars do
    [] when pending != "" -> Err("dangling count ${pending}")
    [] -> Ok(out |> List.reverse() |> String.join(""))
    c :: rest when is_digit(c) -> decode_loop(rest, pending <> c, out)
    c :: rest ->
      let n = if pending == "" do 1 else String.to_int(pending) |> Option.unwrap_or(0) end
      if n == 0 do
        Err("zero count before ${c}")
      else
        decode_loop(rest, "", String.repeat(c, n) :: out)
      end
  end
end

fn decode(code :: String) -> Result<String, String> = decode_loop(String.graphemes(code), "", [])

fn ratio(original :: String, encoded :: String) -> Float do
  Int.to_float(String.length(encoded)) / Int.to_float(String.length(original))
end

fn main() do
  let samples = [
    "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
    "abc",
    "aabcccccaaa",
    "",
    "héééllo wörld!!",
    "🙂🙂🙂👍🏽👍🏽e\u0301e\u0301",
  ]
  for s in samples do
    let code = encode(s)
    let back = decode(code)
    let ok = back == Ok(s)
    let shown = if String.length(s) > 20 do String.slice(s, 0, 20) <> "..." else s end
    println("${shown} -> ${code} (round trip ${ok})")
  end
  let long = String.repeat("ab", 3) <> String.repeat("z", 1000)
  let code = encode(long)
  println("long: ${code} ratio ${Float.to_precision(ratio(long, code), 4)}")
  for bad in ["3", "0x", "12a3"] do
    case decode(bad) do
      Ok(text) -> println("decode ${bad} = ${text}")
      Err(why) -> println("decode ${bad} failed: ${why}")
    end
  end
  # Decoding then encoding is the identity on canonical codes only.
  let canonical = ["3a2b", "a10b", "x"]
  let stable = canonical |> List.all(fn c -> (decode(c) |> Result.map(encode)) == Ok(c) end)
  println("canonical codes stable: ${stable}")
  println("a1b is canonical: ${(decode("a1b") |> Result.map(encode)) == Ok("a1b")}")
end
