# expect-error: E0003
# expect-text: `Box` takes 1 type argument but 2 were given
# expect-error: E0001
# expect-text: this pattern matches `Box<String>` values, but the value being matched is a Box<Int>
# Written type arguments of a struct pattern must fit the struct and the value.

struct Box<T> do
  value :: T
end

fn main() do
  let Box<Int, Int> { value } = Box { value: 1 }
  let Box<String> { value: other } = Box { value: 2 }
  println("${value} ${other}")
end
