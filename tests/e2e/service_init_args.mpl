# Name.start(args) passes its arguments to init, which runs in the new service process
# (self() there is the service), and returns once init has finished.

service Account do
  fn init(owner :: String, balance :: Int, tags :: List<String>) -> (String, Int, List<String>) do
    println("init in the service process: ${Process.alive(self())}")
    let _ = Process.register("account_${owner}", self())
    (owner, balance, tags)
  end

  call Describe() :: String do |state|
    let (owner, balance, tags) = state
    (state, "${owner} has ${balance} (${String.join(tags, ", ")})")
  end

  call Whoami() :: Pid<Account> do |state|
    (state, self())
  end
end

fn main() do
  let a = Account.start("ada", 100, ["gold", "early"])
  println("started")
  println(Account.describe(a))
  println("registered by init: ${Process.whereis("account_ada") == a}")
  println("self() in a handler is the service: ${Account.whoami(a) == a}")
  println("not the caller: ${a != self()}")
end
