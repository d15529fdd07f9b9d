# expect-error: E0004
# expect-text: cannot find `Cirle`
# expect-text: did you mean `Circle`?
# A misspelt constructor in an expression gets a did-you-mean among the variants in scope.

type Shape do
  Circle(Float)
  Square(Float)
end

fn main() do
  let s = Cirle(1.0)
  case s do
    Circle(r) -> println("${r}")
    Square(w) -> println("${w}")
  end
end
