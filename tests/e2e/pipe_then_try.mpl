# `x |> f(a)?` applies `?` to the whole pipe, `(x |> f(a))?`: f(a) only becomes a Result or an
# Option once the piped value is its first argument. Upstream reads it as `x |> (f(a)?)`, a type
# error. A `?` inside the call's arguments, or before a pipe, is unaffected.
fn halve(n :: Int) -> Result<Int, String> do
  if n % 2 == 0 do Ok(n / 2) else Err("${n} is odd") end
end

fn quarter(n :: Int) -> Result<Int, String> do
  let h = n |> halve()?
  let q = h |> halve?
  Ok(q)
end

fn eighth(n :: Int) -> Result<Int, String> do
  # chained: each `?` ends its own stage
  let e = n |> halve()? |> halve()? |> halve()?
  Ok(e)
end

fn parse_sum(a :: String, b :: String) -> Option<Int> do
  let x = a |> String.to_int()?
  let y = String.to_int(b)? |> Int.abs()
  Some(x + y)
end

fn first_word_length(text :: String) -> Option<Int> do
  let first = text
    |> String.words()
    |> List.first()?
  Some(String.length(first))
end

fn main() do
  println("${quarter(12)} ${quarter(6)} ${quarter(7)}")
  println("${eighth(40)} ${eighth(20)}")
  println("${parse_sum("4", "-5")} ${parse_sum("x", "1")} ${parse_sum("1", "y")}")
  println("${first_word_length("  hello world")} ${first_word_length("   ")}")
end
