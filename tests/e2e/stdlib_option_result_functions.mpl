# Option and Result functions (written in Mesh, stdlib/mesh/option.mpl and result.mpl), called qualified and as
# methods; Option.Some / Result.Ok still name the variants; Result.expect panics at the caller's line with the message and the error.
fn parse(s :: String) -> Result<Int, String> do
  String.to_int(s) |> Option.to_result("not a number: ${s}")
end

fn main() do
  let a = Some(4)
  let none :: Option<Int> = None
  println("${Option.map(a, fn x -> x * 2 end)} ${a.map(fn x -> x + 1 end)} ${none.map(fn x -> x + 1 end)}")
  println("${a.unwrap_or(0)} ${none.unwrap_or(7)} ${none.unwrap_or_else(fn -> 9 end)} ${a.unwrap()}")
  println("${a.then(fn x -> if x > 3 do Some(x) else None end end)} ${a.filter(fn x -> x > 10 end)}")
  println("${a.is_some()} ${none.is_none()} ${none.or_else(Some(1))} ${Option.values([Some(1), None, Some(3)])}")
  let good = parse("12")
  let bad = parse("zz")
  println("${good} ${bad}")
  println("${good.map(fn n -> n * 10 end)} ${bad.map_err(fn e -> String.length(e) end)}")
  println("${good.then(fn n -> parse("${n + 1}") end)} ${good.unwrap_or(0)} ${bad.unwrap_or(-1)}")
  println("${good.is_ok()} ${bad.is_err()} ${good.ok()} ${bad.error()}")
  println("${Result.all([parse("1"), parse("2")])} ${Result.all([parse("1"), parse("x"), parse("y")])}")
  println("${Option.Some(3)} ${Some(3) == Option.Some(3)}")
  println("${bad.expect("config port")}")
end
