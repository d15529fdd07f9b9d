# expect-error: E0035
# expect-text: private
# A private function of another module is not a value there either.
import Scoring

fn main() do
  println("${List.map([1], Scoring.secret)}")
end
