# expect-error: E0030
# expect-text: no method `deposit` on Account
# expect-text: `deposit` is a function, not a method
# expect-text: deposit(acct, 5)
# expect-text: acct |> deposit(5)
# Go's and Rust's habit: `acct.deposit(5)` for a plain function. Only interface methods take the
# dot; the hint spells the call and the pipe, and the result is still typed (no second error
# about `.balance` on a value of unknown type).
struct Account do
  balance :: Int
end

fn deposit(a :: Account, n :: Int) -> Account = %{a | balance: a.balance + n}

fn main() do
  let acct = Account { balance: 1 }
  let updated = acct.deposit(5)
  println("${updated.balance}")
end
