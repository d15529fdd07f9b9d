# deriving(Schema): table metadata for a struct, answered at compile time.
# Options in the struct body: table, primary_key, timestamps, belongs_to/has_many/has_one.

struct Author do
  id :: Int
  name :: String
  rating :: Float
  verified :: Bool
  bio :: Option<String>
  has_many :books, Book
  has_one :contract, Contract
end deriving(Schema)

struct Book do
  table "library_books"
  timestamps true
  id :: Int
  title :: String
  author_id :: Int
  belongs_to :author, Author
end deriving(Schema, Json)

struct Contract do
  primary_key :number
  number :: String
  author_id :: Int
end deriving(Schema)

fn each(label :: String, items :: List<String>) do
  println("${label} (${List.length(items)}):")
  List.each(items, fn(item) do println("  ${item}") end)
end

fn main() do
  println("${Author.__table__()} ${Book.__table__()} ${Contract.__table__()}")
  println("${Author.__primary_key__()} ${Contract.__primary_key__()}")
  each("author fields", Author.__fields__())
  each("author types", Author.__field_types__())
  each("book types", Book.__field_types__())
  println("${Book.__title_col__()} ${Book.__inserted_at_col__()} ${Contract.__number_col__()}")
  each("author relationships", Author.__relationships__())
  each("author relationship meta", Author.__relationship_meta__())
  each("book relationship meta", Book.__relationship_meta__())
  each("contract relationships", Contract.__relationships__())
  # Schema and Json together: the timestamp columns are metadata, not fields.
  println(Json.encode(Book { id: 1, title: "Dune", author_id: 7 }))
end
