# Word ladders (change one letter at a time, every step a word) found by breadth-first search
# with a Queue of paths and a Set of visited words. Pairs of words come from standard input,
# read in a `while` loop that skips comments with `continue` and stops at "quit" or at the end
# of input with `break`.

let dictionary = "cold cord card ward warm word worm wore core bore bold bolt boat coat cost cast case cage wage"

fn neighbours(word :: String, words :: Set<String>) -> List<String> do
  let letters = String.chars("abcdefghijklmnopqrstuvwxyz")
  let chars = String.chars(word)
  let candidates = for i in 0..String.length(word) do
    for c in letters when c != List.get(chars, i) do
      String.take(word, i) <> c <> String.drop(word, i + 1)
    end
  end
  candidates |> List.flatten() |> List.filter(fn w -> Set.contains(words, w) end)
end

fn search(queue :: Queue<List<String>>, seen :: Set<String>, goal :: String, words :: Set<String>, expanded :: Int) -> (Option<List<String>>, Int) do
  if Queue.is_empty(queue) do
    return (None, expanded)
  end
  let (path, rest) = Queue.pop(queue)
  let current = List.last(path)
  if current == goal do
    return (Some(path), expanded)
  end
  let fresh = neighbours(current, words) |> List.filter(fn w -> not Set.contains(seen, w) end)
  let next_queue = List.reduce(fresh, rest, fn q, w -> Queue.push(q, List.append(path, w)) end)
  let next_seen = List.reduce(fresh, seen, fn s, w -> Set.add(s, w) end)
  search(next_queue, next_seen, goal, words, expanded + 1)
end

fn ladder(from :: String, to :: String, words :: Set<String>) -> Result<(List<String>, Int), String> do
  if String.length(from) != String.length(to) do
    return Err("${from} and ${to} differ in length")
  end
  let unknown = [from, to] |> List.filter(fn w -> not Set.contains(words, w) end)
  if unknown != [] do
    return Err("not in the dictionary: ${String.join(unknown, ", ")}")
  end
  let (found, expanded) = search(Queue.push(Queue.new(), [from]), Set.from_list([from]), to, words, 0)
  found |> Option.map(fn p -> (p, expanded) end) |> Option.to_result("no ladder from ${from} to ${to}")
end

fn main() do
  let words = String.words(dictionary) |> Set.from_list()
  println("${Set.size(words)} words")
  while true do
    let line = case IO.read_line() do
      Ok(text) -> String.trim(text)
      Err(_) -> "quit"
    end
    if line == "quit" do
      break
    end
    if line == "" or String.starts_with(line, "#") do
      continue
    end
    case String.words(String.to_lower(line)) do
      [a, b] -> case ladder(a, b, words) do
        Ok((steps, expanded)) -> println("${a} -> ${b}: ${String.join(steps, " > ")} (${List.length(steps) - 1} steps, ${expanded} words expanded)")
        Err(e) -> println("${a} -> ${b}: ${e}")
      end
      _ -> println("need two words: '${line}'")
    end
  end
  println("bye")
end
