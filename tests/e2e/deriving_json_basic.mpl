# deriving(Json) on a struct: Json.encode writes the fields in declaration order,
# User.from_json reads them back.

struct Account do
  owner :: String
  balance :: Int
  rate :: Float
  frozen :: Bool
end deriving(Json, Eq)

fn describe(a :: Account) -> String do
  "${a.owner} has ${a.balance} at ${a.rate} (frozen: ${a.frozen})"
end

fn main() do
  let a = Account { owner: "Maria", balance: -1250, rate: 2.5, frozen: false }
  let text = Json.encode(a)
  println(text)
  case Account.from_json(text) do
    Ok(back) -> println(describe(back) <> ", same: ${back == a}")
    Err(e) -> println("error: ${e}")
  end

  # Whitespace, key order and unknown keys in the input do not matter.
  let input = """
    {
      "frozen" : true,
      "comment": "ignored",
      "rate": 3,
      "balance": 42,
      "owner": "Li"
    }
  """
  case Account.from_json(input) do
    Ok(b) -> println(describe(b))
    Err(e) -> println("error: ${e}")
  end

  # Floats always show a fraction or an exponent; integral values end in .0.
  let f = Account { owner: "", balance: 0, rate: 100.0, frozen: true }
  println(Json.encode(f))
end
