# String.join whose result would be longer than the runtime can hold panics (exit 101) before
# allocating it: 3001 empty pieces joined by a 1 MiB separator would take about 3 GB.

fn main() do
  let pieces = String.split(String.repeat(",", 3000), ",")
  let sep = String.repeat("x", 1048576)
  println("pieces: ${List.length(pieces)}")
  println("small join: ${String.length(String.join(List.take(pieces, 3), sep))}")
  let huge = String.join(pieces, sep)
  println("not reached ${String.length(huge)}")
end
