# Struct patterns over generic structs: the type arguments are inferred from the value
# matched (or from the fields' patterns), or written out as in `Box<String> { … }`.

struct Box<T> do
  value :: T
  label :: String
end

struct Pair<A, B> do
  first :: A
  second :: B
end

# Generic in T: the pattern fixes only the struct.
fn unbox(Box { value, .. }) do
  value
end

fn swap(Pair { first, second }) do
  Pair { first: second, second: first }
end

fn describe(b :: Box<Option<Int>>) -> String do
  case b do
    Box { value: Some(0), label } -> "${label}: zero"
    Box { value: Some(n), label } -> "${label}: ${n}"
    Box { value: None, label } -> "${label}: empty"
  end
end

fn main() do
  println("${unbox(Box { value: 42, label: "int" })}")
  println(unbox(Box { value: "text", label: "string" }))
  let Pair { first: a, second: b } = swap(Pair { first: 1, second: "one" })
  println("${a} ${b}")
  println(describe(Box { value: Some(0), label: "a" }))
  println(describe(Box { value: Some(7), label: "b" }))
  println(describe(Box { value: None, label: "c" }))
  let Box<String> { value: s, .. } = Box { value: "written out", label: "" }
  println(s)
  let boxes = [Box { value: (1, true), label: "x" }, Box { value: (2, false), label: "y" }]
  for Box { value: (n, flag), label } in boxes do
    println("${label} ${n} ${flag}")
  end
  case Pair { first: Box { value: [1, 2], label: "list" }, second: 3 } do
    Pair { first: Box { value: [x, y], .. }, second } -> println("${x + y + second}")
    _ -> println("other")
  end
end
