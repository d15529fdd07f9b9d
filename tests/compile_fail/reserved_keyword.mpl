# expect-error: E0209
# expect-text: 'trait' is a reserved keyword
# expect-text: Mesh calls traits 'interface'
# `alias cond trait trap with` are reserved words without syntax: writing one
# where an expression belongs is an error at that word.

fn main() do
  let n = 1
  println("${trait}")
end
