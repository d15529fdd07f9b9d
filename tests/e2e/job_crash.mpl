# A job that panics gives Err with the reason; the caller is not linked to it and lives on.

fn parse_port(text :: String) -> Int do
  case String.to_int(text) do
    Some(n) -> n
    None -> List.head([])
  end
end

fn main() do
  let good = Job.async(fn -> parse_port("8080") end)
  let bad = Job.async(fn -> parse_port("http") end)
  let zero = Job.async(fn -> 10 / (good_divisor() - 1) end)
  println("${Job.await(good)}")
  println("${Job.await(bad)}")
  println("${Job.await(zero)}")
  println("caller still running")
end

fn good_divisor() -> Int do
  1
end
