# A to-do list manager: structs with Option fields, sorting with several keys, string formatting.
struct Todo do
  id :: Int
  title :: String
  done :: Bool
  due :: Option<Int>
  tags :: List<String>
end deriving(Eq, Debug)

let max_title = 12

fn truncate(s :: String, n :: Int) -> String do
  if String.length(s) <= n do s else String.slice(s, 0, n - 1) <> "…" end
end

fn due_label(t :: Todo) -> String do
  case t.due do
    Some(d) when d < 0 -> "overdue"
    Some(0) -> "today"
    Some(d) -> "in ${d}d"
    None -> "-"
  end
end

fn compare_todos(a :: Todo, b :: Todo) -> Ordering do
  case (a.done, b.done) do
    (false, true) -> Less
    (true, false) -> Greater
    _ -> case (a.due, b.due) do
      (Some(x), Some(y)) -> compare(x, y)
      (Some(_), None) -> Less
      (None, Some(_)) -> Greater
      (None, None) -> compare(a.title, b.title)
    end
  end
end

fn render(t :: Todo) -> String do
  let mark = if t.done do "[x]" else "[ ]" end
  let title = String.pad_end(truncate(t.title, max_title), max_title, " ")
  let tags = if t.tags == [] do "" else " #" <> String.join(t.tags, " #") end
  "${mark} ${String.pad_start(Int.to_string(t.id), 2, " ")} ${title} ${String.pad_end(due_label(t), 8, " ")}${tags}"
end

fn complete(todos :: List<Todo>, id :: Int) -> Result<List<Todo>, String> do
  if not List.any(todos, fn t -> t.id == id end) do
    return Err("no todo #${id}")
  end
  Ok(List.map(todos, fn t -> if t.id == id do %{t | done: true} else t end end))
end

fn main() do
  let todos = [
    Todo { id: 1, title: "write report for the board", done: false, due: Some(2), tags: ["work"] },
    Todo { id: 2, title: "buy milk", done: false, due: Some(0), tags: [] },
    Todo { id: 3, title: "call mom", done: true, due: None, tags: ["family"] },
    Todo { id: 4, title: "renew passport", done: false, due: Some(-3), tags: ["admin", "travel"] },
    Todo { id: 5, title: "read book", done: false, due: None, tags: [] }
  ]
  let todos = case complete(todos, 2) do
    Ok(updated) -> updated
    Err(e) -> todos
  end
  case complete(todos, 9) do
    Ok(_) -> println("??")
    Err(e) -> println("error: ${e}")
  end
  for t in List.sort(todos, compare_todos) do
    println(render(t))
  end
  let open = List.count(todos, fn t -> not t.done end)
  let tagged = todos |> List.flat_map(fn t -> t.tags end) |> List.uniq() |> List.sort(fn a, b -> compare(a, b) end)
  println("${open} open, tags: ${tagged}")
end
