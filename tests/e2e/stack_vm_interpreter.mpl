# A small stack machine: programs are parsed from text, labels resolved into a Map,
# and run by a tail-recursive interpreter that counts steps (millions of them).

type Instr do
  Push(Int)
  Pop
  Add
  Sub
  Mul
  Dup
  Swap
  Over
  Jz(String)
  Jmp(String)
  Print
  Halt
end deriving(Eq, Debug)

struct Vm do
  pc :: Int
  stack :: List<Int>
  steps :: Int
  output :: List<String>
end

fn parse_line(line :: String) -> Result<Instr, String> do
  case String.words(line) do
    ["push", n] -> Int.parse(n) |> Option.map(Push) |> Option.to_result("bad number ${n}")
    ["pop"] -> Ok(Pop)
    ["add"] -> Ok(Add)
    ["sub"] -> Ok(Sub)
    ["mul"] -> Ok(Mul)
    ["dup"] -> Ok(Dup)
    ["swap"] -> Ok(Swap)
    ["over"] -> Ok(Over)
    ["jz", label] -> Ok(Jz(label))
    ["jmp", label] -> Ok(Jmp(label))
    ["print"] -> Ok(Print)
    ["halt"] -> Ok(Halt)
    _ -> Err("unknown instruction: ${line}")
  end
end

# Lines ending in ':' are labels; they name the index of the next instruction.
fn assemble(source :: String) -> Result<(List<Instr>, Map<String, Int>), String> do
  let lines = String.lines(source) |> List.map(String.trim) |> List.filter(fn l -> l != "" and not String.starts_with(l, "#") end)
  let (code, labels) = List.reduce(lines, ([], Map.new()), fn (code, labels), line ->
    if String.ends_with(line, ":") do
      (code, Map.put(labels, String.replace(line, ":", ""), List.length(code)))
    else
      (List.append(code, line), labels)
    end
  end)
  let instrs = Result.all(List.map(code, parse_line))?
  Ok((instrs, labels))
end

fn jump(labels :: Map<String, Int>, label :: String) -> Int do
  case Map.find(labels, label) do
    Some(at) -> at
    None -> panic("no label ${label}")
  end
end

fn run(code :: List<Instr>, labels :: Map<String, Int>, vm :: Vm) -> Result<Vm, String> do
  if vm.pc >= List.length(code) do
    return Ok(vm)
  end
  let next = %{vm | pc: vm.pc + 1, steps: vm.steps + 1}
  case (List.get(code, vm.pc), vm.stack) do
    (Halt, _) -> Ok(next)
    (Push(n), s) -> run(code, labels, %{next | stack: n :: s})
    (Pop, _ :: s) -> run(code, labels, %{next | stack: s})
    (Add, b :: a :: s) -> run(code, labels, %{next | stack: (a + b) :: s})
    (Sub, b :: a :: s) -> run(code, labels, %{next | stack: (a - b) :: s})
    (Mul, b :: a :: s) -> run(code, labels, %{next | stack: (a * b) :: s})
    (Dup, a :: s) -> run(code, labels, %{next | stack: a :: a :: s})
    (Swap, b :: a :: s) -> run(code, labels, %{next | stack: a :: b :: s})
    (Over, b :: a :: s) -> run(code, labels, %{next | stack: a :: b :: a :: s})
    (Jz(l), 0 :: s) -> run(code, labels, %{next | stack: s, pc: jump(labels, l)})
    (Jz(_), _ :: s) -> run(code, labels, %{next | stack: s})
    (Jmp(l), _) -> run(code, labels, %{next | pc: jump(labels, l)})
    (Print, a :: s) -> run(code, labels, %{next | stack: s, output: List.append(vm.output, "${a}")})
    (instr, s) -> Err("stack underflow at ${vm.pc}: ${inspect(instr)} with ${s}")
  end
end

fn execute(name :: String, source :: String) do
  let result = assemble(source) |> Result.then(fn (code, labels) ->
    run(code, labels, Vm { pc: 0, stack: [], steps: 0, output: [] })
  end)
  case result do
    Ok(vm) -> println("${name}: printed [${String.join(vm.output, " ")}] stack ${vm.stack} in ${vm.steps} steps")
    Err(e) -> println("${name}: error: ${e}")
  end
end

fn main() do
  execute("arith", "push 6\npush 7\nmul\ndup\nprint\npush 2\nsub\nprint\nhalt")
  let factorial = """
    # n! for n = 10, accumulator below the counter
    push 1
    push 10
    loop:
    dup
    jz done
    dup
    print
    swap
    over
    mul
    swap
    push 1
    sub
    jmp loop
    done:
    pop
    print
    """
  execute("factorial", factorial)
  execute("countdown", "push 2000000\nloop:\ndup\njz end\npush 1\nsub\njmp loop\nend:\nhalt")
  execute("underflow", "push 1\nadd")
  execute("typo", "push 1\npussh 2")
  println(inspect([Push(1), Jz("x"), Halt]))
  println("${Push(3) == Push(3)} ${Jz("a") != Jz("b")}")
end
