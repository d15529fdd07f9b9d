pub fn area(w :: Int, h :: Int) -> Int = w * h
