# Interpolation with Int and Float parts: the runtime displays the numbers straight into the result
# (up to four parts per call), exactly as Int and Float Display do on their own.

fn grow(i :: Int, n :: Int, acc :: String) -> String do
  if i == n do
    acc
  else
    grow(i + 1, n, "${acc}${i}:${Float.from(i) * 0.5};")
  end
end

fn main() do
  let big = 9223372036854775807
  let small = -9223372036854775807 - 1
  let zero = 0.0
  println("${big} ${small} ${-0} ${0}")
  println("${1}${2}${3}${4}${5}${6}${7}${8}${9}${10}")
  println("a${1}b${2.5}c${true}d${-3}e${"str"}f${1.0e21}g${0.1 + 0.2}h")
  println("${1.0 / zero} ${-1.0 / zero} ${zero / zero} ${-0.0} ${1.5e-7} ${100.0}")
  let n = 7
  let x = 2.25
  println("${n}")
  println("${x}")
  println("${n}${x}")
  println("[${n * 1000000}] [${x * -4.0}] [${"${n}-${x}"}]")
  let text = "${n}" == "7" and "${x}" == "2.25" and "v${n}" == "v" <> "${n}"
  println("equal: ${text}")
  let grown = grow(0, 2000, "")
  println("grown: ${String.length(grown)} ${String.slice(grown, String.length(grown) - 22, String.length(grown))}")
end
