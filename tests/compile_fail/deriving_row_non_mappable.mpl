# expect-error: E0039
# expect-error: E0039
# expect-error: E0028
# expect-error: E0006
# expect-text: `Bad` derives Row, but its field `tags` has type List<Int>, which cannot be mapped from a database row
# expect-text: its field `maybe_twice` has type Option<Option<Int>>
# expect-text: cannot derive `Row` for the sum type `Kind`
# expect-text: Plain cannot be built from a database row
# A row's columns are text: only Int, Float, Bool, String and Option of those map from them.

struct Bad do
  name :: String
  tags :: List<Int>
  maybe_twice :: Option<Option<Int>>
end deriving(Row)

type Kind do
  A
  B
end deriving(Row)

struct Plain do
  name :: String
end

fn main() do
  case Plain.from_row(%{"name" => "x"}) do
    Ok(p) -> println(p.name)
    Err(e) -> println(e)
  end
end
