namespace Mesh.Tests.Syntax;

/// <summary>Small Mesh programs written for these tests, covering every syntactic form.</summary>
internal static class SamplePrograms
{
    public const string Inventory = """"
        ##! Inventory tracking, a sample for the syntax tests.
        import Math.Stats
        from Store.Items import Item, price_of

        ## A stock entry.
        pub struct Entry<T> do
          sku :: String
          qty :: Int
          meta :: Map<String, T>
          note :: String?
        end deriving(Eq, Display)

        struct Row do
          table "rows"
          primary_key :id
          timestamps true
          belongs_to :entry, Entry
          id :: Int
        end

        type Level do
          Empty
          Low(Int)
          Full(count :: Int, cap :: Int)
        end deriving(Eq)

        type Handler = Fun(Int, String) -> Result<Int, String>
        type Lookup = Fun() -> Int!String

        interface Describe<T> do
          type Out
          fn describe(self) -> String
          fn shout(self) -> String do
            String.upcase(self.describe())
          end
        end

        impl Describe<Int> for Entry<Int> where T: Display + Eq do
          type Out = String
          fn describe(self) -> String do
            "${self.sku} x${self.qty}"
          end
        end

        fn level(0) = Empty
        fn level(n) when n < 10 = Low(n)
        fn level(n) = Full(n, 100)

        def classify(e :: Entry<Int>) -> Atom do
          case level(e.qty) do
            Empty -> :empty
            Low(n) when n < 3 -> :critical
            Low(_) | Full(_, _) -> :ok
            Level.Full(c, _) -> :never
          end
        end

        fn totals(entries :: List<Entry<Int>>) -> Int do
          entries
          |> List.map(fn e -> e.qty end)
          # sum them up
          |> List.reduce(0, fn acc, q -> acc + q end)
        end

        fn describe_all(xs) do
          let named = for e in xs when e.qty > 0 do
            let label = e.describe()
            label <> "!"
          end
          let pairs = for {k, v} in %{"a" => 1, "b" => 2} do
            (k, v * 2)
          end
          let i = 0
          while i < 10 do
            if i == 5 do
              break
            else if i % 2 == 0 do
              continue
            else
              println("odd ${i}")
            end
          end
          (named, pairs)
        end

        fn parse_all(s :: String) -> List<Int>!String do
          let n = String.to_int(s)?
          let (a, b) = (n, -n)
          let h :: t = [a, b, 3]
          let r = %{Row { id: 1 } | id: 2}
          let m = %{1 => "one", 2 => "two"}
          let f = fn
            0 -> "zero"
            | x when x < 0 -> "neg"
            | _ -> "pos"
          end
          let g = fn(x :: Int) do
            x * 2
          end
          each(t) do |x|
            println("${f(x)} ${g(x)}")
          end
          return Ok([a, b] ++ t)
        end

        actor counter(count :: Int) do
          receive do
            (:inc, by) -> counter(count + by)
            (:get, from) ->
              send(from, count)
            other when is_nil(other) -> nil
            after 5000 -> counter(count)
          end
          terminate do
            println("counter stopped at ${count}")
          end
        end

        service Cache do
          fn init(limit :: Int) -> Map<String, Int> do
            %{}
          end

          call Get(key :: String) :: Int? do |state|
            (state, Map.get(state, key))
          end

          cast Put(key :: String, v :: Int) do |state|
            Map.put(state, key, v)
          end
        end

        supervisor Root do
          strategy: one_for_all
          max_restarts: 3
          max_seconds: 5

          child c1 do
            start: fn -> spawn(counter, 0) end
            restart: transient
            shutdown: brutal_kill
          end
        end

        module Helpers do
          pub fn twice(x) = x * 2
        end

        pub fn main() do
          let pid = spawn(counter, 0)
          send(pid, (:inc, 2))
          link(pid)
          let me = self()
          let xs = [1, 2, 3,]
          let big = 0xFF + 0b1010 + 0o17 + 1_000 + 2.5e3
          let flags = not true or false && !false
          let range = 0..10
          let text = """
            multi ${xs[0]} line
            """
          greet("x", name: "A", loud: true)
          Helpers.twice(21).to_string().length()
          println(if big > 10 do "big" else "small" end)
        end
        """";

    public const string Tiny = "fn main() do\n  println(\"hi\")\nend\n";

    public static readonly string[] All = [Inventory, Tiny];
}
