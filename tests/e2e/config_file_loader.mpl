# An INI-style config loader: File IO, String processing, Result with ?, From, Default, Into.
struct Config do
  name :: String
  port :: Int
  debug :: Bool
  tags :: List<String>
  ratio :: Float
end deriving(Debug)

impl Default for Config do
  fn default() -> Config do
    Config { name: "app", port: 8080, debug: false, tags: [], ratio: 1.0 }
  end
end

type ConfigError do
  Io(String)
  Syntax(Int, String)
  BadValue(String, String)
end

impl Display for ConfigError do
  fn to_string(self) -> String do
    case self do
      Io(msg) -> "io: ${msg}"
      Syntax(line, text) -> "line ${line}: cannot parse '${text}'"
      BadValue(key, value) -> "bad value for ${key}: '${value}'"
    end
  end
end

impl From<String> for ConfigError do
  fn from(msg :: String) -> ConfigError = Io(msg)
end

struct Celsius do
  degrees :: Float
end

struct Fahrenheit do
  degrees :: Float
end

impl From<Celsius> for Fahrenheit do
  fn from(c :: Celsius) -> Fahrenheit = Fahrenheit { degrees: c.degrees * 9.0 / 5.0 + 32.0 }
end

fn parse_pair(index :: Int, line :: String) -> Result<(String, String), ConfigError> do
  case String.split(line, "=") do
    [key, value] -> Ok((String.trim(key), String.trim(value)))
    _ -> Err(Syntax(index + 1, line))
  end
end

fn parse_bool(key :: String, v :: String) -> Result<Bool, ConfigError> do
  case String.to_lower(v) do
    "true" | "yes" | "on" -> Ok(true)
    "false" | "no" | "off" -> Ok(false)
    _ -> Err(BadValue(key, v))
  end
end

fn apply(cfg :: Config, key :: String, value :: String) -> Result<Config, ConfigError> do
  case key do
    "name" -> Ok(%{cfg | name: value})
    "port" -> case String.to_int(value) do
      Some(p) when p > 0 and p < 65536 -> Ok(%{cfg | port: p})
      _ -> Err(BadValue(key, value))
    end
    "debug" -> parse_bool(key, value) |> Result.map(fn d -> %{cfg | debug: d} end)
    "tags" -> Ok(%{cfg | tags: String.split(value, ",") |> List.map(String.trim) |> List.filter(fn t -> t != "" end)})
    "ratio" -> String.to_float(value) |> Option.map(fn r -> %{cfg | ratio: r} end) |> Option.to_result(BadValue(key, value))
    _ -> Ok(cfg)
  end
end

fn load(path :: String) -> Result<Config, ConfigError> do
  let text = File.read(path)?
  let lines = String.lines(text)
  let meaningful = List.enumerate(lines)
    |> List.filter(fn (_, l) -> not String.starts_with(String.trim(l), "#") and String.trim(l) != "" end)
  List.reduce(meaningful, Ok(default()), fn acc, (i, line) ->
    case acc do
      Err(e) -> Err(e)
      Ok(cfg) ->
        let (k, v) = parse_pair(i, line)?
        apply(cfg, k, v)
    end
  end)
end

fn main() do
  let path = "mesh_config_loader_test.ini"
  let body = "# sample\nname = demo\nport = 9000\n\ndebug = yes\ntags = a, b,, c\nratio = 0.75\n"
  case File.write(path, body) do
    Ok(_) -> println("wrote config")
    Err(e) -> println("write failed: ${e}")
  end
  case load(path) do
    Ok(cfg) -> println("${inspect(cfg)}")
    Err(e) -> println("error: ${e}")
  end
  let _ = File.write(path, "port = 99999\n")
  case load(path) do
    Ok(cfg) -> println("${inspect(cfg)}")
    Err(e) -> println("error: ${e}")
  end
  let _ = File.write(path, "name: broken\n")
  println("${load(path) |> Result.map(fn c -> c.name end) |> Result.unwrap_or("none")}")
  case load("/nonexistent/file.ini") do
    Ok(_) -> println("??")
    Err(e) -> println("error: ${e}")
  end
  let d :: Config = default()
  println("default port ${d.port}")
  let f :: Fahrenheit = Celsius { degrees: 100.0 }.into()
  println("100C = ${f.degrees}F, ${Fahrenheit.from(Celsius { degrees: -40.0 }).degrees}F")
  println("unset variable: ${Env.get("MESH_CONFIG_LOADER_UNSET") |> Option.is_some()}")
  let _ = File.delete(path)
  println("exists after delete: ${File.exists(path)}")
end
