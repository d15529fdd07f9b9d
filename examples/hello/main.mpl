# examples/hello: build with `bin/meshc build examples/hello`,
# then run `examples/hello/hello`.

fn greet(name :: String) -> String do
  "Hello, ${name}!"
end

fn main() do
  println(greet("world"))
end
