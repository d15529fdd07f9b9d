# expect-error: E0012
# expect-text: missing `Rect { .. }`
# expect-error: E0012
# expect-text: missing `Lamp { on: false, .. }`
# expect-error: E0012
# expect-text: missing `Circle(_)`
# Exhaustiveness treats `Rect { w: 0.0, .. }` as `Rect(0.0, _)`. Where the arms name a type's
# variant fields, a missing case is shown by name too, with the fields some arm tests; where they
# match by position, it is shown by position.

type Shape do
  Circle(r :: Float)
  Rect(w :: Float, h :: Float)
end

type Light do
  Lamp(room :: String, on :: Bool)
  Off
end

fn area(s :: Shape) -> Float do
  case s do
    Circle { r } -> r * r
  end
end

fn lit(l :: Light) -> String do
  case l do
    Lamp { on: true, room } -> room
    Off -> "off"
  end
end

fn flat(s :: Shape) -> Bool do
  case s do
    Rect(_, 0.0) -> true
    Rect(_, _) -> false
  end
end

fn main() do
  println("${area(Rect(w: 1.0, h: 2.0))} ${lit(Off)} ${flat(Circle(r: 1.0))}")
end
