pub fn double(x :: Int) -> Int = x * 2

pub fn tag<T>(x :: T) -> (String, T) = ("scored", x)

fn secret(x :: Int) -> Int = x + 1000
