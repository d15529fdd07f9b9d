pub module Geometry do
  fn hidden() -> Int = 1
end

module Secret do
  pub fn code() -> Int = 42
end
