# expect-error: E0046
# expect-text: cannot tell which type `Page.from_json` builds
# expect-text: let result :: Result<Page<Int>, String>
# Nothing fixes T, so the items could not be decoded (they used to come back as units).
struct Page<T> do
  items :: List<T>
  total :: Int
end deriving(Json)

fn main() do
  case Page.from_json("{\"items\": [1, 2], \"total\": 2}") do
    Ok(p) -> println("${p.total} ${List.length(p.items)}")
    Err(e) -> println(e)
  end
end
