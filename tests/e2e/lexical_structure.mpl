##! Module documentation: a comment to the compiler.
## A doc comment before a function: also just a comment.
#= A block comment
   #= nests: this inner one ends here =#
   and the outer one ends here =#

def twice(n) = n * 2

fn main() do
  # Integer literals: decimal, hex, binary, octal, `_` separators anywhere after the first digit.
  let a = 0xFF; let b = 0X1f; let c = 0b1010; let d = 0o17; let e = 1_000_000; let f = 0xdead_beef
  println("ints: ${a} ${b} ${c} ${d} ${e} ${f} ${9_223_372_036_854_775_807}")
  # Float literals: fraction, exponent with optional sign, an integer with an exponent.
  println("floats: ${1.5} ${2.5e3} ${2.5E-3} ${1e3} ${1.5e+2} ${0.000001}")
  # `1..5` is a range, not a float.
  println("range: ${1..5} ${Range.length(1..5)}")
  # Strings: escapes, unknown escapes keep the character, triple-quoted strings span lines.
  println("escapes: [tab\t] [quote\"] [backslash\\] [cr:${String.length("\r")}] [q\q] [nul:${String.length("\0")}]")
  let poem = """roses are red,
  "quotes" need no escape here
and ${twice(21)} is interpolated"""
  println(poem)
  # Atoms, booleans and nil (the unit value).
  println("atoms: ${:ok} ${:not_found} ${:_private}")
  println("bools and nil: ${true} ${false} ${nil}")
  # Identifiers: letters, digits and `_`; `_` alone discards.
  let snake_case_2 = 2
  let _ = 99
  let _unused = 3
  println("names: ${snake_case_2 + _unused}")
  # `def` is `fn`; `match` is `case`.
  let word = match twice(2) do
    4 -> "four"
    _ -> "other"
  end
  println("def and match: ${twice(5)} ${word}")
  # Newlines end statements, but not inside brackets; a line starting with |> continues.
  let total = [
    1,
    2,
    3,
  ]
    |> List.map(fn x -> x * 10 end)
    |> List.reduce(0, fn acc, x -> acc + x end)
  println("continued: ${total}")
end
