# A bank ledger: transactions as a sum type, errors converted with From and `?`.
type Txn do
  Deposit(account :: String, amount :: Int)
  Withdraw(account :: String, amount :: Int)
  Transfer(from :: String, to :: String, amount :: Int)
  Close(String)
end deriving(Debug)

type AccountError do
  NoSuchAccount(String)
  Insufficient(String, Int, Int)
  Frozen(String)
end deriving(Display, Debug)

type ParseError do
  BadLine(String)
  BadAmount(String)
end

type LedgerError do
  Account(AccountError)
  Parse(ParseError)
end

impl From<AccountError> for LedgerError do
  fn from(e :: AccountError) -> LedgerError = Account(e)
end

impl From<ParseError> for LedgerError do
  fn from(e :: ParseError) -> LedgerError = Parse(e)
end

impl Display for LedgerError do
  fn to_string(self) -> String do
    case self do
      Account(NoSuchAccount(name)) -> "unknown account '${name}'"
      Account(Insufficient(name, have, want)) -> "${name} has ${have}, needs ${want}"
      Account(Frozen(name)) -> "${name} is closed"
      Parse(BadLine(l)) -> "cannot read line: ${l}"
      Parse(BadAmount(a)) -> "bad amount: ${a}"
    end
  end
end

struct Ledger do
  balances :: Map<String, Int>
  closed :: Set<String>
end

fn parse_amount(s :: String) -> Result<Int, ParseError> do
  case String.to_int(s) do
    Some(n) when n > 0 -> Ok(n)
    _ -> Err(BadAmount(s))
  end
end

fn parse_txn(line :: String) -> Result<Txn, ParseError> do
  let parts = String.split(String.trim(line), " ")
  case parts do
    ["deposit", acct, amt] -> Ok(Deposit(acct, parse_amount(amt)?))
    ["withdraw", acct, amt] -> Ok(Withdraw(acct, parse_amount(amt)?))
    ["transfer", a, b, amt] -> Ok(Transfer(a, b, parse_amount(amt)?))
    ["close", acct] -> Ok(Close(acct))
    _ -> Err(BadLine(line))
  end
end

fn balance(ledger :: Ledger, name :: String) -> Result<Int, AccountError> do
  if Set.contains(ledger.closed, name) do
    Err(Frozen(name))
  else
    case Map.find(ledger.balances, name) do
      Some(b) -> Ok(b)
      None -> Err(NoSuchAccount(name))
    end
  end
end

fn adjust(ledger :: Ledger, name :: String, delta :: Int) -> Result<Ledger, AccountError> do
  let current = balance(ledger, name)?
  if current + delta < 0 do
    return Err(Insufficient(name, current, -delta))
  end
  Ok(%{ledger | balances: Map.put(ledger.balances, name, current + delta)})
end

fn apply(ledger :: Ledger, txn :: Txn) -> Result<Ledger, AccountError> do
  case txn do
    Deposit(a, n) -> adjust(ledger, a, n)
    Withdraw(a, n) -> adjust(ledger, a, -n)
    Transfer(a, b, n) -> adjust(adjust(ledger, a, -n)?, b, n)
    Close(a) -> Ok(%{ledger | closed: Set.add(ledger.closed, a)})
  end
end

fn process(ledger :: Ledger, line :: String) -> Result<Ledger, LedgerError> do
  let txn = parse_txn(line)?
  let next = apply(ledger, txn)?
  Ok(next)
end

fn main() do
  let start = Ledger { balances: %{"alice" => 100, "bob" => 50, "carol" => 0}, closed: Set.new() }
  let script = ["deposit alice 25", "withdraw bob 80", "transfer alice carol 60", "close bob",
                "deposit bob 10", "transfer carol dave 5", "withdraw alice ten", "launch rockets",
                "transfer carol alice 10"]
  let final = List.reduce(script, start, fn ledger, line ->
    case process(ledger, line) do
      Ok(next) -> next
      Err(e) ->
        println("rejected '${line}': ${e}")
        ledger
    end
  end)
  for (name, amount) in Map.to_list(final.balances) do
    println("${name}: ${amount}")
  end
  println("closed: ${final.closed}")
  println("debug: ${inspect(Transfer("a", "b", 3))}")
  println("display: ${Insufficient("x", 1, 2)}")
end
