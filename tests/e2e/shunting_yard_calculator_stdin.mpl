# A calculator REPL over standard input: each line is tokenized by hand (chars, digits, floats),
# converted to reverse Polish notation with Dijkstra's shunting-yard algorithm (precedence,
# right-associative ^, parentheses), then evaluated on a stack. `let x = expr` stores variables;
# errors are Results; a tail-recursive loop reads lines until IO.read_line gives Err at the end.

type Token do
  Num(Float)
  Ident(String)
  Op(String)
  LParen
  RParen
end deriving(Eq, Debug)

fn is_digit(c :: String) -> Bool = String.contains("0123456789.", c) and c != ""
fn is_letter(c :: String) -> Bool = String.contains("abcdefghijklmnopqrstuvwxyz_", String.to_lower(c)) and c != ""

fn take_run(chars :: List<String>, pred :: Fun(String) -> Bool) -> (String, List<String>) do
  let run = List.take_while(chars, pred)
  (String.join(run, ""), List.drop(chars, List.length(run)))
end

fn tokenize(chars :: List<String>, acc :: List<Token>) -> Result<List<Token>, String> do
  case chars do
    [] -> Ok(List.reverse(acc))
    " " :: rest -> tokenize(rest, acc)
    "(" :: rest -> tokenize(rest, LParen :: acc)
    ")" :: rest -> tokenize(rest, RParen :: acc)
    c :: rest when String.contains("+-*/^%", c) -> tokenize(rest, Op(c) :: acc)
    c :: _ when is_digit(c) ->
      let (text, rest) = take_run(chars, is_digit)
      case Float.parse(text) do
        Some(x) -> tokenize(rest, Num(x) :: acc)
        None -> Err("bad number '${text}'")
      end
    c :: _ when is_letter(c) ->
      let (name, rest) = take_run(chars, fn ch -> is_letter(ch) or is_digit(ch) end)
      tokenize(rest, Ident(name) :: acc)
    c :: _ -> Err("unexpected character '${c}'")
  end
end

fn precedence(op :: String) -> Int do
  case op do
    "+" | "-" -> 1
    "*" | "/" | "%" -> 2
    _ -> 3
  end
end

# Pops operators that bind at least as tightly (strictly tighter for the right-associative ^).
fn pop_while(ops :: List<String>, out :: List<Token>, op :: String) -> (List<String>, List<Token>) do
  case ops do
    top :: rest when top != "(" and (precedence(top) > precedence(op) or precedence(top) == precedence(op) and op != "^") ->
      pop_while(rest, Op(top) :: out, op)
    _ -> (ops, out)
  end
end

fn to_rpn(tokens :: List<Token>, ops :: List<String>, out :: List<Token>) -> Result<List<Token>, String> do
  case tokens do
    [] -> case ops do
      [] -> Ok(List.reverse(out))
      "(" :: _ -> Err("unclosed parenthesis")
      top :: rest -> to_rpn([], rest, Op(top) :: out)
    end
    (Num(_) as t) :: rest -> to_rpn(rest, ops, t :: out)
    (Ident(_) as t) :: rest -> to_rpn(rest, ops, t :: out)
    LParen :: rest -> to_rpn(rest, "(" :: ops, out)
    RParen :: rest ->
      let above = List.take_while(ops, fn op -> op != "(" end)
      let out2 = List.reduce(above, out, fn acc, op -> Op(op) :: acc end)
      case List.drop(ops, List.length(above)) do
        "(" :: remaining -> to_rpn(rest, remaining, out2)
        _ -> Err("unmatched )")
      end
    Op(op) :: rest ->
      let (left, out2) = pop_while(ops, out, op)
      to_rpn(rest, op :: left, out2)
  end
end

fn apply(op :: String, a :: Float, b :: Float) -> Result<Float, String> do
  case op do
    "+" -> Ok(a + b)
    "-" -> Ok(a - b)
    "*" -> Ok(a * b)
    "/" when b == 0.0 -> Err("division by zero")
    "/" -> Ok(a / b)
    "%" -> Ok(Int.to_float(Float.to_int(a) % Math.max(1, Float.to_int(b))))
    _ -> Ok(Math.pow(a, b))
  end
end

fn eval(rpn :: List<Token>, vars :: Map<String, Float>) -> Result<Float, String> do
  let stack = List.reduce(rpn, Ok([]), fn acc, token ->
    case (acc, token) do
      (Err(e), _) -> Err(e)
      (Ok(s), Num(x)) -> Ok(x :: s)
      (Ok(s), Ident(name)) -> Map.find(vars, name) |> Option.map(fn v -> v :: s end) |> Option.to_result("unknown variable ${name}")
      (Ok(b :: a :: s), Op(op)) -> apply(op, a, b) |> Result.map(fn v -> v :: s end)
      (Ok(_), t) -> Err("missing operand for ${inspect(t)}")
    end
  end)
  case stack? do
    [x] -> Ok(x)
    [] -> Err("empty expression")
    _ -> Err("too many values")
  end
end

fn calculate(line :: String, vars :: Map<String, Float>) -> Result<(String, Float), String> do
  let (target, expr) = case String.split(line, "=") do
    [lhs, rhs] when String.starts_with(String.trim(lhs), "let ") -> (String.trim(String.drop(String.trim(lhs), 4)), rhs)
    _ -> ("_", line)
  end
  let tokens = tokenize(String.graphemes(expr), [])?
  let rpn = to_rpn(tokens, [], [])?
  let value = eval(rpn, vars)?
  Ok((target, value))
end

fn main() do
  let vars = %{"pi" => Math.pi, "_" => 0.0}
  let (names, ok, failed) = loop((vars, 0, 0))
  println("${ok} results, ${failed} errors; variables: ${Map.keys(names) |> List.sort(compare) |> String.join(", ")}")
end

fn loop(state :: (Map<String, Float>, Int, Int)) -> (Map<String, Float>, Int, Int) do
  let (vars, ok, failed) = state
  case IO.read_line() do
    Err(_) -> state
    Ok(raw) ->
      let line = String.trim(raw)
      if line == "" or String.starts_with(line, "#") do
        loop(state)
      else
        case calculate(line, vars) do
          Ok((name, value)) ->
            println("${line} => ${Float.to_precision(value, 6)}")
            loop((Map.put(vars, name, value), ok + 1, failed))
          Err(e) ->
            println("${line} => error: ${e}")
            loop((vars, ok, failed + 1))
        end
      end
  end
end
