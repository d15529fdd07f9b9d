# IO.read_line reads one line of standard input without its line ending
# (\n or \r\n). The test feeds stdlib_io_read_line.stdin: four lines (one
# empty, one ending in \r\n) and a last one without a final newline, which is
# still a line. At the end of input the result is Err("end of input"), every
# time (upstream: Ok(""), which an empty line also gives).

fn show(n :: Int) do
  case IO.read_line() do
    Ok(line) -> println("${n}: [${line}] (${String.length(line)} characters)")
    Err(why) -> println("${n}: error ${why}")
  end
end

fn main() do
  print("prompt shown before reading: ")
  let first = IO.read_line()
  println("${first}")
  for n in 2..8 do
    show(n)
  end
end
