# Generic helpers.
pub struct Summary<T> do
  count :: Int
  min :: T
  max :: T
end deriving(Display)

pub fn summarize<T>(items :: List<T>) -> Option<Summary<T>> where T: Ord do
  case items do
    [] -> None
    first :: rest ->
      let init = Summary { count: 1, min: first, max: first }
      Some(List.reduce(rest, init, fn s, x ->
        Summary { count: s.count + 1, min: if x < s.min do x else s.min end, max: if x > s.max do x else s.max end }
      end))
  end
end

pub fn frequencies<T>(items :: List<T>) -> Map<T, Int> do
  List.reduce(items, Map.new(), fn m, x -> Map.update(m, x, 1, fn n -> n + 1 end) end)
end

fn heron(x :: Int) -> Int = x * 1000
pub fn scaled(x :: Int) -> Int = heron(x)
