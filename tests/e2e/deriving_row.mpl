# deriving(Row): T.from_row builds a struct from a Map<String, String> of column texts,
# as a database driver returns them.

struct User do
  name :: String
  age :: Int
  score :: Float
  active :: Bool
  bio :: Option<String>
  manager_id :: Option<Int>
end deriving(Row, Display)

fn load(row :: Map<String, String>) do
  case User.from_row(row) do
    Ok(u) -> println("${u}")
    Err(e) -> println("error: ${e}")
  end
end

fn main() do
  let row = %{"name" => "Alice", "age" => "30", "score" => "95.5", "active" => "t", "bio" => "", "manager_id" => "7"}
  load(row)

  # Booleans as PostgreSQL and others write them; spaces around numbers; extra columns are ignored.
  load(%{"name" => " Bob ", "age" => " -4 ", "score" => "1e3", "active" => "FALSE", "bio" => "hi", "id" => "99"})
  load(%{"name" => "Cy", "age" => "1", "score" => "Infinity", "active" => "yes"})
  load(Map.put(row, "active", "0"))

  # Errors name the column.
  load(Map.delete(row, "age"))
  load(Map.put(row, "age", "thirty"))
  load(Map.put(row, "score", "9,5"))
  load(Map.put(row, "active", "maybe"))
  load(Map.put(row, "manager_id", "boss"))
end
