# Struct patterns in `case` arms: fields matched by name with literals, variables and
# nested patterns; `x` alone binds field x to a variable of that name; `..` ignores the
# fields not listed. Arms are tried in order, guards included.

struct Point do
  x :: Int
  y :: Int
end

struct Segment do
  from :: Point
  to :: Point
  label :: String
end

module Geo do
  pub struct Circle do
    center :: (Float, Float)
    radius :: Float
  end
end

fn describe(p :: Point) -> String do
  case p do
    Point { x: 0, y: 0 } -> "origin"
    Point { x: 0, y } -> "on the y axis at ${y}"
    Point { y: 0, x } -> "on the x axis at ${x}"
    Point { x, .. } when x < 0 -> "left of the y axis (x = ${x})"
    Point { .. } -> "somewhere else"
  end
end

# Nested struct patterns, a string literal field and `as` on a part.
fn kind(s :: Segment) -> String do
  case s do
    Segment { from: Point { x: 0, y: 0 }, to: end_point, .. } -> "from the origin to ${describe(end_point)}"
    Segment { from: Point { x: a, .. }, to: Point { x: b, .. }, label: "vertical" } when a == b -> "vertical at x = ${a}"
    Segment { label: "", .. } -> "unnamed"
    Segment { label, from: start as first, .. } -> "${label} starting ${describe(first)} (${start.x})"
  end
end

# A struct from another module, named by its path.
fn area(c :: Geo.Circle) -> Float do
  case c do
    Geo.Circle { radius: 0.0, .. } -> 0.0
    Geo.Circle { radius: r, center: (_, _) } -> 3.0 * r * r
  end
end

# Inside tuples, constructors and lists.
fn first_on_axis(points :: List<Point>) -> String do
  case points do
    [] -> "none"
    Point { x: 0, .. } :: _ -> "the head is on the y axis"
    [Point { x, y }] -> "one point (${x}, ${y})"
    _ :: rest -> first_on_axis(rest)
  end
end

fn pick(pair :: (Option<Point>, Int)) -> Int do
  case pair do
    (Some(Point { x, y: 0 }), n) -> x * n
    (Some(Point { y, .. }), _) -> y
    (None, n) -> n
  end
end

fn main() do
  println(describe(Point { x: 0, y: 0 }))
  println(describe(Point { x: 0, y: 5 }))
  println(describe(Point { x: 3, y: 0 }))
  println(describe(Point { x: -3, y: 2 }))
  println(describe(Point { x: 3, y: 2 }))
  println(kind(Segment { from: Point { x: 0, y: 0 }, to: Point { x: 0, y: 4 }, label: "up" }))
  println(kind(Segment { from: Point { x: 2, y: 1 }, to: Point { x: 2, y: 9 }, label: "vertical" }))
  println(kind(Segment { from: Point { x: 1, y: 1 }, to: Point { x: 2, y: 9 }, label: "" }))
  println(kind(Segment { from: Point { x: -1, y: 1 }, to: Point { x: 2, y: 9 }, label: "slope" }))
  println("${area(Geo.Circle { center: (0.0, 0.0), radius: 0.0 })}")
  println("${area(Geo.Circle { center: (1.0, 2.0), radius: 2.0 })}")
  println(first_on_axis([Point { x: 1, y: 1 }, Point { x: 0, y: 7 }]))
  println(first_on_axis([Point { x: 1, y: 1 }, Point { x: 2, y: 7 }]))
  println(first_on_axis([]))
  println("${pick((Some(Point { x: 4, y: 0 }), 10))}")
  println("${pick((Some(Point { x: 4, y: 6 }), 10))}")
  println("${pick((None, 10))}")
end
