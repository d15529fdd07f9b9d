# Sparse matrices as Map<(Int, Int), Float>: build from triples, transpose, multiply,
# add, power by repeated squaring, and print densely. Tuple keys, Float formatting, Math.

struct Sparse do
  rows :: Int
  cols :: Int
  cells :: Map<(Int, Int), Float>
end

fn from_triples(rows :: Int, cols :: Int, triples :: List<(Int, Int, Float)>) -> Sparse do
  let cells = List.reduce(triples, Map.new(), fn m, (r, c, v) ->
    if v == 0.0 do m else Map.put(m, (r, c), v) end
  end)
  Sparse { rows: rows, cols: cols, cells: cells }
end

fn identity(n :: Int) -> Sparse = from_triples(n, n, Range.map(0..n, fn i -> (i, i, 1.0) end))

fn at(m :: Sparse, r :: Int, c :: Int) -> Float = Map.get_or(m.cells, (r, c), 0.0)

fn transpose(m :: Sparse) -> Sparse do
  let cells = Map.to_list(m.cells) |> List.map(fn ((r, c), v) -> ((c, r), v) end) |> Map.from_list()
  Sparse { rows: m.cols, cols: m.rows, cells: cells }
end

fn add(a :: Sparse, b :: Sparse) -> Sparse do
  let sum = Map.reduce(b.cells, a.cells, fn acc, key, v -> Map.update(acc, key, v, fn old -> old + v end) end)
  Sparse { rows: a.rows, cols: a.cols, cells: Map.filter(sum, fn _, v -> v != 0.0 end) }
end

# Only pairs of non-zero cells with matching inner index contribute.
fn multiply(a :: Sparse, b :: Sparse) -> Result<Sparse, String> do
  if a.cols != b.rows do
    return Err("cannot multiply ${a.rows}x${a.cols} by ${b.rows}x${b.cols}")
  end
  let by_row = Map.to_list(b.cells) |> List.group_by(fn ((r, _), _) -> r end)
  let products = for ((i, k), x) in Map.to_list(a.cells) when Map.has_key(by_row, k) do
    Map.get(by_row, k) |> List.map(fn ((_, j), y) -> ((i, j), x * y) end)
  end
  let triples = products |> List.flatten() |> List.group_by(fn (key, _) -> key end) |> Map.to_list()
    |> List.map(fn ((i, j), parts) -> (i, j, parts |> List.map(fn (_, v) -> v end) |> List.sum_float()) end)
  Ok(from_triples(a.rows, b.cols, triples))
end

fn power(m :: Sparse, n :: Int) -> Sparse do
  if n == 0 do
    identity(m.rows)
  else if n % 2 == 0 do
    let half = power(m, n / 2)
    multiply(half, half) |> Result.unwrap()
  else
    multiply(m, power(m, n - 1)) |> Result.unwrap()
  end
end

fn show(name :: String, m :: Sparse) do
  println("${name} (${m.rows}x${m.cols}, ${Map.size(m.cells)} non-zero):")
  for r in 0..m.rows do
    let cells = Range.map(0..m.cols, fn c -> String.pad_start("${at(m, r, c)}", 6, " ") end)
    println(String.join(cells, ""))
  end
end

fn main() do
  let a = from_triples(2, 3, [(0, 0, 1.5), (0, 2, -2.0), (1, 1, 4.0), (1, 2, 0.0)])
  show("A", a)
  show("A^T", transpose(a))
  case multiply(a, transpose(a)) do
    Ok(p) -> show("A*A^T", p)
    Err(e) -> println(e)
  end
  case multiply(a, a) do
    Ok(p) -> show("A*A", p)
    Err(e) -> println(e)
  end
  # Fibonacci numbers from powers of [[1, 1], [1, 0]].
  let fib = from_triples(2, 2, [(0, 0, 1.0), (0, 1, 1.0), (1, 0, 1.0)])
  let f30 = power(fib, 30)
  println("fib(30) = ${at(f30, 0, 1)} as Int ${Float.to_int(at(f30, 0, 1))}")
  let cancel = add(a, from_triples(2, 3, [(0, 0, -1.5), (1, 0, 0.25)]))
  show("A + B", cancel)
  let norm = Map.values(a.cells) |> List.map(fn v -> v * v end) |> List.sum_float() |> Math.sqrt()
  println("frobenius norm of A: ${norm}, rounded ${Float.to_precision(norm, 3)}")
  println("trace of A*A^T: ${multiply(a, transpose(a)) |> Result.map(fn p -> at(p, 0, 0) + at(p, 1, 1) end)}")
  println("${Map.get(a.cells, (0, 2))} ${Map.has_key(a.cells, (1, 2))} ${Map.keys(a.cells)}")
end
