# A generic deriving(Json) struct decodes once its type argument is known: from an annotation,
# from a function's declared result, or from the use of the decoded value.
struct Page<T> do
  items :: List<T>
  total :: Int
  next :: Option<Int>
end deriving(Json)

struct Tag do
  name :: String
end deriving(Json)

fn parse_tags(text :: String) -> Result<Page<Tag>, String> = Page.from_json(text)

fn sum_items(page :: Page<Int>) -> Int = List.sum(page.items)

fn main() do
  let ints = Page { items: [1, 2, 3], total: 3, next: Some(2) }
  let encoded = Json.encode(ints)
  println(encoded)
  let decoded :: Result<Page<Int>, String> = Page.from_json(encoded)
  case decoded do
    Ok(p) -> println("items ${p.items}, next ${p.next}")
    Err(e) -> println("error: ${e}")
  end
  case Page.from_json(encoded) do
    Ok(p) -> println("sum ${sum_items(p)}")
    Err(e) -> println("error: ${e}")
  end
  let tags = Json.encode(Page { items: [Tag { name: "a" }, Tag { name: "b" }], total: 2, next: None })
  case parse_tags(tags) do
    Ok(p) -> println("tags ${List.map(p.items, fn t -> t.name end)}")
    Err(e) -> println("error: ${e}")
  end
  case parse_tags("{\"items\": [1], \"total\": 1, \"next\": null}") do
    Ok(_) -> println("unexpected")
    Err(e) -> println("error: ${e}")
  end
end
