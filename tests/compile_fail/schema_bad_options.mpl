# expect-error: E0001
# expect-error: E0009
# expect-error: E0001
# expect-error: E0004
# expect-error: E0043
# expect-text: `table` takes the table's name as a string
# expect-text: the primary key `uuid` is not a field of `User`
# expect-text: `timestamps` takes true or false
# expect-text: unknown struct `Pots` in `has_many`
# expect-text: did you mean `Post`?
# expect-text: `primary_key` is given twice
# Each malformed struct option is reported where it is written.

struct Post do
  id :: Int
end deriving(Schema)

struct User do
  table people
  primary_key :uuid
  timestamps "yes"
  has_many :posts, Pots
  primary_key :id
  id :: Int
end deriving(Schema)

fn main() do
  println(User.__table__())
end
