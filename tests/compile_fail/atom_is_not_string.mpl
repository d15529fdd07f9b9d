# expect-error: E0001
# expect-text: expected Atom
# An atom is not a string: comparing them is a type error naming both.

fn main() do
  let state = :ready
  if state == "ready" do
    println("go")
  end
end
