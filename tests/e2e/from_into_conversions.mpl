# From/Into: user conversions called as Type.from(x) and x.into(), the
# built-in numeric and text conversions, and `?` converting an error type
# through the function's From impl.

struct Celsius do
  degrees :: Float
end

impl From<Int> for Celsius do
  fn from(n :: Int) -> Celsius = Celsius { degrees: Float.from(n) }
end

impl From<String> for Celsius do
  fn from(text :: String) -> Celsius do
    case String.to_float(text) do
      Some(f) -> Celsius { degrees: f }
      None -> Celsius { degrees: 0.0 }
    end
  end
end

struct AppError do
  message :: String
  code :: Int
end

impl From<String> for AppError do
  fn from(text :: String) -> AppError = AppError { message: text, code: 400 }
end

fn parse_port(text :: String) -> Int!String do
  case String.to_int(text) do
    Some(n) -> Ok(n)
    None -> Err("not a number: ${text}")
  end
end

fn configure(text :: String) -> Int!AppError do
  let port = parse_port(text)?
  if port > 65535 do
    Err(AppError { message: "port out of range", code: 422 })
  else
    Ok(port)
  end
end

fn report(result :: Int!AppError) -> String do
  case result do
    Ok(port) -> "listening on ${port}"
    Err(e) -> "error ${e.code}: ${e.message}"
  end
end

fn main() do
  println("${Celsius.from(21).degrees}")
  println("${Celsius.from("36.6").degrees}")
  let c :: Celsius = 100.into()
  println("${c.degrees}")
  println(String.from(42) <> String.from(true) <> String.from(2.5))
  let f :: Float = 7.into()
  println("${f / 2.0}")
  println(report(configure("8080")))
  println(report(configure("http")))
  println(report(configure("70000")))
end
