# Sum types encode as {"tag":"Variant","fields":[...]}: positional and named fields alike,
# an empty array for a variant without fields. Sum types nest in structs and lists.

type Shape do
  Circle(Float)
  Rect(width :: Float, height :: Float)
  Origin
end deriving(Json, Display)

type Event do
  Created(String, Int)
  Moved(Shape)
  Deleted
end deriving(Json, Display)

struct Drawing do
  name :: String
  shapes :: List<Shape>
  last :: Event
end deriving(Json)

fn area(s :: Shape) -> Float do
  case s do
    Circle(r) -> 3.0 * r * r
    Rect(w, h) -> w * h
    Origin -> 0.0
  end
end

fn check(text :: String) do
  case Shape.from_json(text) do
    Ok(s) -> println("${s} has area ${area(s)}")
    Err(e) -> println("error: ${e}")
  end
end

fn main() do
  println(Json.encode(Circle(1.5)))
  println(Json.encode(Rect(2.0, 4.25)))
  println(Json.encode(Origin))
  println(Json.encode(Moved(Rect(1.0, 1.0))))

  let d = Drawing { name: "plan", shapes: [Origin, Circle(2.0)], last: Created("door", 3) }
  let text = Json.encode(d)
  println(text)
  case Drawing.from_json(text) do
    Ok(back) -> println("${back.name}: ${back.shapes}, last ${back.last}")
    Err(e) -> println("error: ${e}")
  end

  check("{\"tag\":\"Rect\",\"fields\":[3,0.5]}")
  check("{\"fields\":[2.0],\"tag\":\"Circle\"}")
  check("{\"tag\":\"Origin\"}")
  case Event.from_json(Json.encode(Deleted)) do
    Ok(e) -> println("${e}")
    Err(e) -> println("error: ${e}")
  end
end
