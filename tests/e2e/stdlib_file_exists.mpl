# File.exists: true for anything that exists (files and directories), false for
# missing paths and the empty path. Programs run in their project directory,
# which holds main.mpl.

fn check(path :: String) do
  println("${path}: ${File.exists(path)}")
end

fn main() do
  check("main.mpl")
  check(".")
  check("/")
  check("missing.txt")
  check("no/such/dir/file")
  check("")
  check("main.mpl/")
  println("alias: ${file_exists("main.mpl")} ${file_exists("main.mp")}")
end
