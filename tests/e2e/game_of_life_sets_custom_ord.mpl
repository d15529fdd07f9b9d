# Conway's game of life on a Set of cells, plus ordering of custom types.
struct Cell do
  row :: Int
  col :: Int
end

type Priority do
  Low
  Medium
  High
end deriving(Eq, Ord, Display)

struct Task do
  title :: String
  priority :: Priority
  due :: Int
end deriving(Eq, Display)

impl Ord for Task do
  fn compare(self, other :: Task) -> Ordering do
    case compare(other.priority, self.priority) do
      Equal -> compare(self.due, other.due)
      ord -> ord
    end
  end
end

fn neighbours(c :: Cell) -> List<Cell> do
  let offsets = List.flatten(for dr in -1..2 do
    for dc in -1..2 when not (dr == 0 and dc == 0) do
      (dr, dc)
    end
  end)
  List.map(offsets, fn ((dr, dc)) -> Cell { row: c.row + dr, col: c.col + dc } end)
end

fn step(alive :: Set<Cell>) -> Set<Cell> do
  let counts = Set.to_list(alive)
    |> List.flat_map(neighbours)
    |> List.reduce(%{}, fn m, cell -> Map.update(m, cell, 1, fn n -> n + 1 end) end)
  Map.to_list(counts)
    |> List.filter(fn ((cell, n)) -> n == 3 or (n == 2 and Set.contains(alive, cell)) end)
    |> List.map(fn ((cell, _)) -> cell end)
    |> Set.from_list()
end

fn render(alive :: Set<Cell>, rows :: Int, cols :: Int) -> String do
  let lines = for r in 0..rows do
    let chars = for c in 0..cols do
      if Set.contains(alive, Cell { row: r, col: c }) do "#" else "." end
    end
    String.join(chars, "")
  end
  String.join(lines, "\n")
end

fn run(alive :: Set<Cell>, n :: Int) -> Set<Cell> do
  if n == 0 do alive else run(step(alive), n - 1) end
end

fn main() do
  let glider = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]
    |> List.map(fn ((r, c)) -> Cell { row: r, col: c } end)
    |> Set.from_list()
  println(render(glider, 5, 5))
  println("--- after 4 generations")
  let later = run(glider, 4)
  println(render(later, 5, 5))
  println("alive: ${Set.size(later)}")
  let tasks = [Task { title: "write", priority: Low, due: 3 }, Task { title: "ship", priority: High, due: 5 },
               Task { title: "test", priority: High, due: 2 }, Task { title: "plan", priority: Medium, due: 1 }]
  let ordered = List.sort(tasks, fn a, b -> compare(a, b) end)
  for t in ordered do
    println("${t.priority} ${t.due} ${t.title}")
  end
  println("max: ${List.max(tasks).title}, min: ${List.min(tasks).title}")
  println("${High > Low} ${compare(Medium, Medium)} ${List.sort([High, Low, Medium], fn a, b -> compare(a, b) end)}")
end
