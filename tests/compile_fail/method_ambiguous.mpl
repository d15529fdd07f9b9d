# expect-error: E0027
# expect-text: several interfaces
# Two interfaces the type implements both have `describe`.

interface Loud do
  fn describe(self) -> String
end

interface Quiet do
  fn describe(self) -> String
end

struct Dog do
  name :: String
end

impl Loud for Dog do
  fn describe(self) -> String = "WOOF"
end

impl Quiet for Dog do
  fn describe(self) -> String = "woof"
end

fn main() do
  println(Dog { name: "rex" }.describe())
end
