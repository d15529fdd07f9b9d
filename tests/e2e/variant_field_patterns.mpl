# Variants with named fields matched by name, like struct patterns: `Rect { w, .. }`,
# `Rect { w: 0.0, h }`, `Shape.Rect { h: x, w: _ }`, in case arms, clause heads, parameters,
# closures, `let`, `for` and `receive`; and built with their field names, `Rect(w: 1.0, h: 2.0)`.

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
  Point
end deriving(Eq, Display)

type Labelled<T> do
  Tagged(label :: String, value :: T)
  Plain(T)
end

# One variant, named like its type: its named pattern is irrefutable.
type Entry<T> do
  Entry(key :: String, value :: T)
end

fn area(s :: Shape) -> Float do
  case s do
    Circle { r } -> 3.0 * r * r
    Rect { w: 0.0, .. } -> 0.0
    Rect { h, w } -> w * h
    Point -> 0.0
  end
end

fn height(Shape.Rect { h: x, w: _ }) -> Float = x
fn height(Circle { r }) -> Float = 2.0 * r
fn height(_) -> Float = 0.0

fn width_of(r :: Shape) -> Float do
  case r do
    Shape.Rect { w, .. } when w > 10.0 -> 10.0
    Shape.Rect { w, .. } -> w
    Circle(r) -> 2.0 * r
    Point -> 0.0
  end
end

fn label<T>(x :: Labelled<T>) -> String do
  case x do
    Tagged { label, .. } -> label
    Plain(_) -> "-"
  end
end

fn main() do
  let shapes = [Circle(r: 1.0), Rect(w: 2.0, h: 3.0), Rect(h: 4.0, w: 0.0), Shape.Rect(1.5, h: 2.0), Point]
  println("areas: ${List.map(shapes, area)}")
  println("heights: ${List.map(shapes, height)}")
  println("widths: ${List.map([Rect(w: 20.0, h: 1.0), Rect(w: 3.0, h: 1.0), Circle(r: 0.5)], width_of)}")
  println("built: ${Rect(w: 1.0, h: 2.0)} ${Rect(w: 1.0, h: 2.0) == Rect(1.0, 2.0)}")

  # let: a single-variant type, so the named pattern is irrefutable
  let Entry { key: name, value } = Entry(value: 42, key: "answer")
  println("let: ${name} = ${value}")
  println("labels: ${label(Tagged(label: "a", value: 1))} ${label(Plain(2))}")

  # closures and `for`
  let tall = List.filter(shapes, fn s -> case s do
    Rect { h, .. } -> h > 2.5
    _ -> false
  end end)
  println("tall: ${tall}")
  let entries = [Entry(key: "x", value: 1.5), Entry("y", value: 2.5)]
  let doubled = List.map(entries, fn Entry { value, .. } -> value * 2.0 end)
  println("doubled: ${doubled}")
  for Entry { key, value } in entries do
    println("for: ${key} -> ${value}")
  end

  # receive
  let w = spawn(measurer)
  send(w, (self(), Rect(w: 5.0, h: 6.0)))
  send(w, (self(), Circle(r: 1.0)))
  receive do
    text -> println(text)
  end
  receive do
    text -> println(text)
  end
end

actor measurer() do
  receive do
    (from, Rect { w, h: 6.0 }) -> send(from, "a rect of width ${w} and height 6")
    (from, other) -> send(from, "something else: ${other}")
  end
  measurer()
end
