# expect-error: E0037
# expect-text: needs a Result or an Option
# `?` only unwraps Result and Option values.

fn twice(n :: Int) -> Int!String do
  Ok(n? * 2)
end

fn main() do
  println("${twice(2)}")
end
