# Codegen snapshot: a let-bound closure used at two types is compiled once per
# type (main$closure0<Int>, main$closure0<String>), built at each use with the same
# capture; one used at a single type stays an ordinary closure built at its let.

fn main() do
  let base = 1
  let tag = fn x -> (base, x) end
  let once = fn y -> y + base end
  println("${tag(2)} ${tag("s")} ${once(3)}")
end
