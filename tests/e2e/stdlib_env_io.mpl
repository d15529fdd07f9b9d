# Env.get, Env.args and IO.read_line. The test runner starts the program with no arguments and an
# empty, closed standard input, in the environment of the test process (PATH is always set there).

fn show_env(label :: String, name :: String) do
  case Env.get(name) do
    Some(value) -> println("${label}: Some (${String.length(value) > 0})")
    None -> println("${label}: None")
  end
end

fn main() do
  show_env("PATH", "PATH")
  show_env("missing", "MESH_STDLIB_TEST_SURELY_UNSET_VARIABLE")
  show_env("empty name", "")
  show_env("name with =", "PATH=")
  show_env("lower-case path", "path")
  println("display of a missing variable: ${Env.get("MESH_STDLIB_TEST_SURELY_UNSET_VARIABLE")}")
  let dirs = case env_get("PATH") do
    Some(p) -> List.length(String.split(p, ":")) > 0
    None -> false
  end
  println("PATH has entries: ${dirs}")

  # argv[0] is the program itself; the runner passes no arguments
  let args = Env.args()
  println("args: ${List.length(args)}")
  println("program name ends with /stdlib_env_io: ${String.ends_with(List.head(args), "/stdlib_env_io")}")
  # the executable is not UTF-8 text
  case File.read(List.head(args)) do
    Ok(_) -> println("read the executable: Ok")
    Err(e) -> println("read the executable: Err(${e})")
  end

  # at the end of input read_line gives Err("end of input") (upstream: Ok("")), every time
  print("prompt> ")
  case IO.read_line() do
    Ok(line) -> println("read_line at end of input: Ok([${line}])")
    Err(e) -> println("read_line: Err(${e})")
  end
  println("again: ${io_read_line()}")
end
