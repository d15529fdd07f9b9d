# A service defined in another module; services are usable from other modules without `pub`.

service Store do
  fn init(start_val :: Int) -> Int do
    start_val
  end

  call Get() :: Int do |state|
    (state, state)
  end

  call Set(value :: Int) :: Int do |_state|
    (value, value)
  end

  cast Clear() do |_state|
    0
  end
end

pub fn double_store(pid :: Pid<Store>) -> Int do
  Store.set(pid, Store.get(pid) * 2)
end
