from Services import Store
import Services

fn main() do
  let pid = Store.start(100)
  println("${Store.get(pid)}")
  println("${Store.set(pid, 200)}")
  Store.clear(pid)
  println("${Store.get(pid)}")
  # the same service through its module's qualifier
  let other = Services.Store.start(21)
  println("${Services.double_store(other)}")
  println("${Services.Store.get(other)}")
end
