# A text adventure driven by commands read from standard input until end of input:
# a state machine over a sum type, Set of items, Map of rooms, while loop with break.

type Room do
  Hall
  Library
  Cellar
  Garden
end deriving(Eq, Hash, Display, Debug)

struct Game do
  room :: Room
  items :: Set<String>
  moves :: Int
  door_open :: Bool
  won :: Bool
end

fn exits(Hall) = %{"north" => Library, "down" => Cellar}
fn exits(Library) = %{"south" => Hall}
fn exits(Cellar) = %{"up" => Hall, "east" => Garden}
fn exits(Garden) = %{"west" => Cellar}

fn loot(room :: Room) -> List<String> do
  case room do
    Library -> ["key", "book"]
    Cellar -> ["lamp"]
    _ -> []
  end
end

fn describe(g :: Game) -> String do
  let here = loot(g.room) |> List.filter(fn i -> not Set.contains(g.items, i) end)
  let ways = Map.keys(exits(g.room)) |> String.join(", ")
  let seen = if here == [] do "" else " You see: ${String.join(here, ", ")}." end
  "You are in the ${g.room}. Exits: ${ways}.${seen}"
end

fn step(g :: Game, words :: List<String>) -> (Game, String) do
  let moved = %{g | moves: g.moves + 1}
  case words do
    ["look"] -> (g, describe(g))
    ["go", dir] | [dir] when Map.has_key(exits(g.room), dir) ->
      let target = Map.get(exits(g.room), dir)
      if target == Garden and not g.door_open do
        (moved, "The garden door is locked.")
      else
        let next = %{moved | room: target}
        (next, describe(next))
      end
    ["go", dir] -> (g, "You can't go ${dir} from the ${g.room}.")
    ["take", item] when List.contains(loot(g.room), item) and not Set.contains(g.items, item) ->
      (%{moved | items: Set.add(g.items, item)}, "Taken: ${item}.")
    ["take", item] -> (g, "There is no ${item} here.")
    ["unlock"] when g.room == Cellar and Set.contains(g.items, "key") -> (%{moved | door_open: true}, "The door creaks open.")
    ["unlock"] -> (g, "Nothing to unlock with.")
    ["inventory"] | ["i"] -> (g, "You carry: ${Set.to_list(g.items) |> List.sort_by(fn s -> s end)}")
    ["read"] when Set.contains(g.items, "book") and Set.contains(g.items, "lamp") ->
      (%{g | won: g.room == Garden}, if g.room == Garden do "The book reveals the way home. You win!" else "Too dark and dreary to read here." end)
    [] -> (g, "Say something.")
    _ -> (g, "I don't understand '${String.join(words, " ")}'.")
  end
end

fn main() do
  let start = Game { room: Hall, items: Set.new(), moves: 0, door_open: false, won: false }
  println(describe(start))
  let game = play(start)
  println("Moves: ${game.moves}; items: ${Set.size(game.items)}; won: ${game.won}")
end

fn play(g :: Game) -> Game do
  case IO.read_line() do
    Err(_) -> g
    Ok(line) ->
      let cmd = String.to_lower(String.trim(line))
      if cmd == "quit" do
        g
      else
        println("> ${cmd}")
        let (next, message) = step(g, String.words(cmd))
        println(message)
        if next.won do next else play(next) end
      end
  end
end
