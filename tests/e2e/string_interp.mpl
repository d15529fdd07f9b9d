# ${...} interpolation of Int, Float, Bool and String values and of expressions.
# Floats print like Rust's Display: shortest round-trip form, no exponent, and
# integral values without a fractional part.

fn main() do
  let name = "Mesh"
  let count = 3
  let ratio = 0.25
  let whole = 42.0
  let ok = true
  println("name=${name} count=${count} ratio=${ratio} whole=${whole} ok=${ok}")
  println("${count * 2} items, ${ratio * 4.0} in total, not ok is ${not ok}")
  println("pi is about ${3.14}, minus ${-2.5}, minus ${-7}")
  println("${0.1 + 0.2}")
  println("${100000000.0} ${1.0e21} ${1.5e-7} ${0.001}")
  let shout = name <> "!"
  println("${name}${name} and ${shout}")
  println("braces { } and a dollar $ are plain text")
  println("escapes: \"quoted\" tab[\t] backslash[\\]")
  let greeting = "Hello, ${name}"
  println("${greeting}, count + 1 = ${count + 1}")
end
