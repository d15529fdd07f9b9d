# The Iter module of the standard library, written in Mesh and compiled with every program
# (compiler/Mesh.Compiler/Library loads it; only what a program uses is generated).
#
# An Iter<T> is a lazy recipe, not a cursor: `step` computes the first item and the iterator
# over the rest. Iterators are immutable values like everything else, so a terminal such as
# `count` or `List.collect` always runs the recipe from its start, and one Iter can be consumed
# twice. Nothing runs before a terminal asks for items, and `take` stops asking early, so
# infinite iterators are fine as long as something bounds them.

pub struct Iter<T> do
  step :: Fun() -> Option<(T, Iter<T>)>
end

impl Iterator for Iter<T> do
  type Item = T
  fn next(self) -> Option<(T, Iter<T>)> = self.step()
end

# ---- sources ----

pub fn from<T>(items :: List<T>) -> Iter<T> = from_index(items, 0)

fn from_index<T>(items :: List<T>, index :: Int) -> Iter<T> do
  Iter { step: fn ->
    if index < List.length(items) do
      Some((List.get(items, index), from_index(items, index + 1)))
    else
      None
    end
  end }
end

# `Iter.count_from(1)` is 1, 2, 3, ... without end: bound it with `take`.
pub fn count_from(start :: Int) -> Iter<Int> do
  Iter { step: fn -> Some((start, count_from(start + 1))) end }
end

pub fn empty<T>() -> Iter<T> = Iter { step: fn -> None end }

# ---- adapters (lazy) ----

pub fn map<T, U>(source :: Iter<T>, f :: Fun(T) -> U) -> Iter<U> do
  Iter { step: fn ->
    case source.step() do
      Some((item, rest)) -> Some((f(item), map(rest, f)))
      None -> None
    end
  end }
end

pub fn filter<T>(source :: Iter<T>, keep :: Fun(T) -> Bool) -> Iter<T> do
  Iter { step: fn -> next_kept(source, keep) end }
end

# Skips rejected items in a loop (a tail call), so long runs of them use no stack.
fn next_kept<T>(source :: Iter<T>, keep :: Fun(T) -> Bool) -> Option<(T, Iter<T>)> do
  case source.step() do
    Some((item, rest)) ->
      if keep(item) do
        Some((item, filter(rest, keep)))
      else
        next_kept(rest, keep)
      end
    None -> None
  end
end

pub fn take<T>(source :: Iter<T>, n :: Int) -> Iter<T> do
  Iter { step: fn ->
    if n <= 0 do
      None
    else
      case source.step() do
        Some((item, rest)) -> Some((item, take(rest, n - 1)))
        None -> None
      end
    end
  end }
end

pub fn skip<T>(source :: Iter<T>, n :: Int) -> Iter<T> do
  Iter { step: fn -> step_after(source, n) end }
end

fn step_after<T>(source :: Iter<T>, n :: Int) -> Option<(T, Iter<T>)> do
  if n <= 0 do
    source.step()
  else
    case source.step() do
      Some((_, rest)) -> step_after(rest, n - 1)
      None -> None
    end
  end
end

pub fn enumerate<T>(source :: Iter<T>) -> Iter<(Int, T)> = enumerate_from(source, 0)

fn enumerate_from<T>(source :: Iter<T>, index :: Int) -> Iter<(Int, T)> do
  Iter { step: fn ->
    case source.step() do
      Some((item, rest)) -> Some(((index, item), enumerate_from(rest, index + 1)))
      None -> None
    end
  end }
end

pub fn zip<A, B>(left :: Iter<A>, right :: Iter<B>) -> Iter<(A, B)> do
  Iter { step: fn ->
    case left.step() do
      Some((a, left_rest)) ->
        case right.step() do
          Some((b, right_rest)) -> Some(((a, b), zip(left_rest, right_rest)))
          None -> None
        end
      None -> None
    end
  end }
end

# ---- terminals ----

pub fn count<T>(source :: Iter<T>) -> Int = count_items(source, 0)

fn count_items<T>(source :: Iter<T>, counted :: Int) -> Int do
  case source.step() do
    Some((_, rest)) -> count_items(rest, counted + 1)
    None -> counted
  end
end

pub fn sum(source :: Iter<Int>) -> Int = reduce(source, 0, fn total, item -> total + item end)

pub fn reduce<T, A>(source :: Iter<T>, initial :: A, f :: Fun(A, T) -> A) -> A do
  case source.step() do
    Some((item, rest)) -> reduce(rest, f(initial, item), f)
    None -> initial
  end
end

pub fn any<T>(source :: Iter<T>, test :: Fun(T) -> Bool) -> Bool do
  case source.step() do
    Some((item, rest)) -> if test(item) do true else any(rest, test) end
    None -> false
  end
end

pub fn all<T>(source :: Iter<T>, test :: Fun(T) -> Bool) -> Bool do
  case source.step() do
    Some((item, rest)) -> if test(item) do all(rest, test) else false end
    None -> true
  end
end

pub fn find<T>(source :: Iter<T>, test :: Fun(T) -> Bool) -> Option<T> do
  case source.step() do
    Some((item, rest)) -> if test(item) do Some(item) else find(rest, test) end
    None -> None
  end
end

pub fn each<T>(source :: Iter<T>, f :: Fun(T) -> ()) -> () = reduce(source, (), fn _, item -> f(item) end)

# ---- collectors (List.collect, Map.collect, Set.collect, String.collect call these) ----

pub fn to_list<T>(source :: Iter<T>) -> List<T> do
  for item in source do
    item
  end
end

pub fn to_map<K, V>(source :: Iter<(K, V)>) -> Map<K, V> where K: Eq = Map.from_list(to_list(source))

pub fn to_set<T>(source :: Iter<T>) -> Set<T> where T: Eq = Set.from_list(to_list(source))

pub fn concat(source :: Iter<String>) -> String = String.join(to_list(source), "")
