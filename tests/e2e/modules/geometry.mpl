# Rectangle helpers used by main.mpl.

pub fn area(w :: Int, h :: Int) -> Int do
  w * h
end

pub fn describe(w :: Int, h :: Int) -> String do
  "a ${w}x${h} rectangle"
end
