# A module with one public and two private items.

pub fn area(w :: Int, h :: Int) -> Int = w * h

fn secret_scale() -> Int = 3

struct Hidden do
  x :: Int
end
