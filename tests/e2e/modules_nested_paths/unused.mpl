# Nobody imports this module; it is still parsed and checked.
pub fn never_called() -> Int = 0
