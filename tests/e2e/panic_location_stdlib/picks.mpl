# A library module: its failing calls are reported at this file's lines.

pub fn last_of(xs :: List<Int>) -> Int do
  List.last(xs)
end
