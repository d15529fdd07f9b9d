# Strings built by `<>` that pass 16 KB grow in place inside an address-space reservation (a
# 256 KiB slot of the runtime's arena first, then mappings of their own with room for 8 times
# the capacity); past it the next append moves the bytes to a bigger one. Every earlier string of the
# same buffer keeps its bytes, appending to an earlier one copies, slots of dropped strings are
# reused while the collector runs, and thousands of big strings alive at once each keep theirs.

fn digits(i :: Int, n :: Int, acc :: String) -> String do
  if i == n do
    acc
  else
    digits(i + 1, n, acc <> "${i % 10}abcdefgh,")
  end
end

fn tail(s :: String, n :: Int) -> String do
  String.slice(s, String.length(s) - n, String.length(s))
end

fn big(i :: Int, block :: String) -> String do
  let start = "#${i}:"
  start <> block <> block <> block <> block <> block <> block <> block <> block <> block <> "!${i}"
end

fn check_all(xs :: List<String>, i :: Int, bad :: Int) -> Int do
  case xs do
    [] -> bad
    s :: rest ->
      let ok = String.starts_with(s, "#${i}:") && String.ends_with(s, "!${i}") && String.length(s) == 18000 + String.length("#${i}:!${i}")
      check_all(rest, i + 1, if ok do bad else bad + 1 end)
  end
end

fn churn(round :: Int, rounds :: Int, block :: String, total :: Int) -> Int do
  if round == rounds do
    total
  else
    churn(round + 1, rounds, block, total + String.length(big(round, block)))
  end
end

fn main() do
  # one buffer through three reservations, with strings kept from along the way
  let early = digits(0, 2000, "")
  let middle = digits(2000, 150000, early)
  let late = digits(150000, 400000, middle)
  println("lengths: ${String.length(early)} ${String.length(middle)} ${String.length(late)}")
  println("prefixes: ${String.slice(late, 0, String.length(early)) == early} ${String.slice(late, 0, String.length(middle)) == middle}")
  println("tails: ${tail(early, 10)} ${tail(middle, 10)} ${tail(late, 10)}")
  println("joined: ${late == String.join(for i in 0..400000 do "${i % 10}abcdefgh," end, "")}")

  # appending to an earlier string copies: the later ones keep their bytes
  let branch = middle <> "BRANCH"
  println("branch: ${tail(branch, 12)} ${String.length(branch) == String.length(middle) + 6} late still: ${tail(late, 10)} ${String.slice(late, String.length(middle), String.length(middle) + 10)}")
  let branch2 = branch <> "-2"
  println("branch2: ${tail(branch2, 8)} branch still: ${tail(branch, 6)}")

  # 3,000 big strings made and dropped while the collector runs
  let block = String.repeat("b", 2000)
  println("churn: ${churn(0, 3000, block, 0)}")

  # 4,200 big strings alive at once
  let many = for i in 0..4200 do big(i, block) end
  println("many: ${List.length(many)} bad ${check_all(many, 0, 0)} last ${tail(List.last(many), 8)}")
end
