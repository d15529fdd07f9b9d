# expect-error: E0012
# expect-text: missing `Light { on: false, .. }`
# expect-error: E0012
# expect-text: missing `Light { level: _, on: false, .. }`
# A struct has one constructor: exhaustiveness looks at its fields. The missing case
# shows the fields the arms test and folds the others into `..`.

struct Light do
  room :: String
  level :: Int
  on :: Bool
end

fn lit(l :: Light) -> String do
  case l do
    Light { on: true, room, .. } -> room
  end
end

fn dim(l :: Light) -> String do
  case l do
    Light { on: true, .. } -> "on"
    Light { level: 0, on: false, .. } -> "off"
  end
end

fn main() do
  println(lit(Light { room: "hall", level: 3, on: true }))
  println(dim(Light { room: "hall", level: 3, on: true }))
end
