# IO.eprintln writes a line to stderr. Whatever was printed to stdout before is
# flushed first, so both streams appear in program order when they are merged.

fn main() do
  println("stdout 1")
  IO.eprintln("stderr 1: héllo 👋")
  print("stdout 2 without newline")
  io_eprintln("stderr 2")
  println("")
  IO.eprintln("")
  IO.eprintln("stderr 3: ${1 + 2}")
  println("stdout 3")
end
