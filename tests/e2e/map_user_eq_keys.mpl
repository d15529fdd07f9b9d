# Keys whose type has its own `impl Eq` follow that equality (here: case-insensitive names),
# with or without an `impl Hash` that agrees with it.

struct Name do
  text :: String
end

impl Eq for Name do
  fn eq(self, other :: Name) -> Bool do
    String.to_lower(self.text) == String.to_lower(other.text)
  end
end

struct Tag do
  text :: String
end

impl Eq for Tag do
  fn eq(self, other :: Tag) -> Bool do
    String.to_upper(self.text) == String.to_upper(other.text)
  end
end

impl Hash for Tag do
  fn hash(self) -> Int do
    String.length(self.text)
  end
end

fn main() do
  let m = %{Name { text: "Ann" } => 1, Name { text: "Bob" } => 2}
  let m = Map.put(m, Name { text: "ANN" }, 3)
  println("${Map.size(m)} ${Map.get(m, Name { text: "ann" })} ${Map.get(m, Name { text: "BOB" })} ${Map.has_key(m, Name { text: "Cy" })}")
  let tags = Set.from_list([Tag { text: "x" }, Tag { text: "X" }, Tag { text: "yy" }])
  println("${Set.size(tags)} ${Set.contains(tags, Tag { text: "YY" })}")
end
