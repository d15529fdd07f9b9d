# expect-error: E0008
# expect-text: parameter 1 of `from` must be String
# An impl method whose parameter has another type than the interface's (found by the mutation
# fuzzer: the diagnostic pointed at a parameter list that was not filled in yet and crashed).

struct Celsius do
  degrees :: Float
end

impl From<String> for Celsius do
  fn from(text :: ()) -> Celsius do
    Celsius { degrees: 0.0 }
  end
end

fn main() do
  let c = Celsius.from("1.5")
  println("${c.degrees}")
end
