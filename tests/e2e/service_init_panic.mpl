# A panic in init ends the service; start fails in the caller with the reason (here the
# caller is main, so the program exits with 101).

service Config do
  fn init(path :: String) -> String do
    let parts = String.split(path, "/")
    List.get(parts, 5)
  end

  call Get() :: String do |value|
    (value, value)
  end
end

fn main() do
  println("starting")
  let c = Config.start("etc/app")
  println("never: ${Config.get(c)}")
end
