# expect-error: E0003
# expect-text: Map<K, V>
# Map takes two type arguments.

fn size_of(m :: Map<String>) -> Int do
  Map.size(m)
end

fn main() do
  println("${size_of(Map.new())}")
end
