# Struct update `%{base | field: value}` copies the base with some fields
# replaced; the base itself is unchanged.

struct Config do
  host :: String
  port :: Int
  verbose :: Bool
  ratio :: Float
end deriving(Eq, Display)

fn bump(c :: Config) -> Config do
  %{c | port: c.port + 1}
end

fn bump_times(c :: Config, n :: Int) -> Config do
  if n == 0 do
    c
  else
    bump_times(bump(c), n - 1)
  end
end

fn main() do
  let base = Config { host: "localhost", port: 8080, verbose: false, ratio: 0.5 }
  let loud = %{base | verbose: true}
  let moved = %{base | host: "example.org", port: 443}
  let all = %{base | ratio: 2.25, verbose: true, port: 1, host: "h"}
  println("base:  ${base}")
  println("loud:  ${loud}")
  println("moved: ${moved}")
  println("all:   ${all}")
  println("bumped 5 times: ${bump_times(base, 5).port}")
  println("base still on ${base.port}, verbose=${base.verbose}")
  println("update with the same value is equal: ${%{base | port: 8080} == base}")
  println("loud differs: ${loud == base}")
  let chained = %{%{base | port: 1} | port: 2}
  println("chained: ${chained.port}")
end
