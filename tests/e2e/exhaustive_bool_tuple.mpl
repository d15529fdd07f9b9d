# Exhaustiveness without a catch-all: Bool pairs covered arm by arm, a sum type
# covered variant by variant (nested inside a tuple), and Option of Bool.

type Light do
  On
  Off
end deriving(Display)

fn gate(p :: (Bool, Bool)) -> String do
  case p do
    (true, true) -> "both"
    (true, false) -> "left only"
    (false, true) -> "right only"
    (false, false) -> "neither"
  end
end

fn toggle(p :: (Light, Bool)) -> Light do
  case p do
    (On, true) -> Off
    (Off, true) -> On
    (l, false) -> l
  end
end

fn tri(o :: Bool?) -> String do
  case o do
    Some(true) -> "yes"
    Some(false) -> "no"
    None -> "unknown"
  end
end

fn main() do
  println("${gate((true, true))} / ${gate((true, false))} / ${gate((false, true))} / ${gate((false, false))}")
  println("${toggle((On, true))} ${toggle((Off, true))} ${toggle((On, false))} ${toggle((Off, false))}")
  println("${tri(Some(true))} ${tri(Some(false))} ${tri(None)}")
  let b = 3 > 2
  let word = case b do
    true -> "bigger"
    false -> "smaller"
  end
  println(word)
end
