# A service's init that fails is a failed start of the child that starts it (OTP: a gen_server
# whose init crashes makes start_child return {error, Reason}): `Counter.start` panics in the
# start function, which the supervisor catches, so start_child returns Err with that panic and
# the supervisor goes on with the next request.

service Counter do
  fn init(start :: Int) -> Int do
    if start < 0 do
      panic("negative start")
    else
      start
    end
  end

  call Get() :: Int do |n|
    (n, n)
  end
end

supervisor App do
  strategy: one_for_one
  child counter do
    start: fn -> Counter.start(10) end
  end
end

fn outcome(result) -> String do
  case result do
    Ok(_) -> "ok"
    Err(why) -> "error ${why}"
  end
end

fn main() do
  let app = spawn(App)
  println("bad counter: ${outcome(Supervisor.start_child(app, Supervisor.child("bad", fn -> Counter.start(-1) end)))}")
  println("good counter: ${outcome(Supervisor.start_child(app, Supervisor.child("good", fn -> Counter.start(5) end)))}")
  println("children: ${List.length(Supervisor.which_children(app))}")
end
