# expect-error: E0006
# expect-text: impl From<String> for AppError
# `?` can change the error type only through a From impl.

struct AppError do
  code :: Int
end

fn parse(text :: String) -> Int!String do
  case String.to_int(text) do
    Some(n) -> Ok(n)
    None -> Err("bad")
  end
end

fn run(text :: String) -> Int!AppError do
  let n = parse(text)?
  Ok(n)
end

fn main() do
  case run("1") do
    Ok(n) -> println("${n}")
    Err(e) -> println("${e.code}")
  end
end
