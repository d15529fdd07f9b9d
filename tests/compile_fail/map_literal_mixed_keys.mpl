# expect-error: E0001
# expect-text: all keys must have the same type
# All keys of a map literal have one type, and all values another.

fn main() do
  let m = %{1 => "one", "two" => "two"}
  println("${m}")
end
