# A gradebook saved as JSON: deriving(Json) structs with nested lists, maps and options are
# encoded, written to a file, read back and decoded; Json.get/get_nested read single fields;
# statistics with Float math; bad documents give Err values.

struct Score do
  task :: String
  points :: Float
end deriving(Json, Eq, Debug)

struct Student do
  name :: String
  year :: Int
  scores :: List<Score>
  mentor :: Option<String>
  tags :: Map<String, Bool>
end deriving(Json, Eq, Debug)

struct Book do
  course :: String
  students :: List<Student>
end deriving(Json, Eq, Debug)

fn average(xs :: List<Float>) -> Float do
  if xs == [] do 0.0 else List.sum_float(xs) / Int.to_float(List.length(xs)) end
end

fn std_dev(xs :: List<Float>) -> Float do
  let mean = average(xs)
  xs |> List.map(fn x -> Math.pow(x - mean, 2.0) end) |> average() |> Math.sqrt()
end

fn grade(avg) when avg >= 90.0 = "A"
fn grade(avg) when avg >= 80.0 = "B"
fn grade(avg) when avg >= 70.0 = "C"
fn grade(_) = "F"

fn student(name :: String, year :: Int, points :: List<Float>, mentor :: Option<String>) -> Student do
  let scores = List.enumerate(points) |> List.map(fn (i, p) -> Score { task: "hw${i + 1}", points: p } end)
  Student { name: name, year: year, scores: scores, mentor: mentor, tags: %{"active" => true, "late" => List.any(points, fn p -> p < 60.0 end)} }
end

fn main() do
  let book = Book { course: "Compilers", students: [
    student("Ada", 2, [95.0, 88.5, 92.0], None),
    student("Brian", 3, [72.0, 55.0, 81.5], Some("Ada")),
    student("Chen", 2, [85.0, 91.0, 79.25], Some("Ada")),
  ] }
  let text = Json.encode(book)
  println("encoded ${String.length(text)} characters")
  println(String.slice(text, 0, 90))
  let path = "${Env.get("TMPDIR") |> Option.unwrap_or("/tmp")}/mesh_gradebook_${List.length(Env.args())}.json"
  File.write(path, text) |> Result.expect("write")
  let back = File.read(path) |> Result.then(Book.from_json)
  println("round trip equal: ${back == Ok(book)}")
  let loaded = Result.unwrap(back)
  for s in loaded.students do
    let pts = List.map(s.scores, fn sc -> sc.points end)
    let avg = average(pts)
    let mentor = s.mentor |> Option.map(fn m -> " (mentor ${m})" end) |> Option.unwrap_or("")
    println("${String.pad_end(s.name, 6, " ")} avg ${Float.to_precision(avg, 2)} sd ${Float.to_precision(std_dev(pts), 2)} grade ${grade(avg)}${mentor} late=${Map.get(s.tags, "late")}")
  end
  let all = loaded.students |> List.flat_map(fn s -> s.scores end)
  let best = all |> List.sort_by(fn sc -> 0.0 - sc.points end) |> List.first()
  println("best score: ${best |> Option.map(inspect)}")
  let first = Json.encode(List.head(loaded.students))
  println("get name: ${Json.get(first, "name")}, nested: ${Json.get_nested(first, "tags", "late")}")
  case Json.parse(first) do
    Ok(value) -> println("parsed back: ${JSON.encode(value) == first}")
    Err(e) -> println("parse failed: ${e}")
  end
  let broken = ["{\"course\": \"X\"}", "{\"course\": 1, \"students\": []}", "[1, 2", "{\"course\": \"Y\", \"students\": []}"]
  for doc in broken do
    case Book.from_json(doc) do
      Ok(b) -> println("ok: ${b.course} with ${List.length(b.students)} students")
      Err(e) -> println("error: ${e}")
    end
  end
  println("${Json.encode(Score { task: "q\"uote\"", points: 1.0 })} ${Json.encode([Some(1), None])} ${Json.encode(%{"b" => 2, "a" => 1})}")
  File.delete(path) |> Result.unwrap()
end
