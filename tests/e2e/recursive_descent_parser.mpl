# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables.
type Token do
  TNum(Int)
  TIdent(String)
  TOp(String)
  TLParen
  TRParen
end deriving(Eq, Debug)

type Ast do
  Lit(Int)
  Ref(String)
  Bin(String, Ast, Ast)
  Let(String, Ast, Ast)
end deriving(Debug)

fn is_digit(c :: String) -> Bool = String.contains("0123456789", c) and c != ""
fn is_alpha(c :: String) -> Bool = String.contains("abcdefghijklmnopqrstuvwxyz_", c) and c != ""

fn take_while_chars(chars :: List<String>, pred :: Fun(String) -> Bool, acc :: String) -> (String, List<String>) do
  case chars do
    c :: rest when pred(c) -> take_while_chars(rest, pred, acc <> c)
    _ -> (acc, chars)
  end
end

fn tokenize(chars :: List<String>, acc :: List<Token>) -> Result<List<Token>, String> do
  case chars do
    [] -> Ok(List.reverse(acc))
    " " :: rest -> tokenize(rest, acc)
    "(" :: rest -> tokenize(rest, TLParen :: acc)
    ")" :: rest -> tokenize(rest, TRParen :: acc)
    c :: rest when c == "+" or c == "-" or c == "*" or c == "/" or c == "=" -> tokenize(rest, TOp(c) :: acc)
    c :: _ when is_digit(c) ->
      let (digits, rest) = take_while_chars(chars, is_digit, "")
      tokenize(rest, TNum(String.to_int(digits) |> Option.unwrap()) :: acc)
    c :: _ when is_alpha(c) ->
      let (name, rest) = take_while_chars(chars, fn ch -> is_alpha(ch) or is_digit(ch) end, "")
      tokenize(rest, TIdent(name) :: acc)
    c :: _ -> Err("unexpected character '${c}'")
  end
end

# expr := 'let' ident '=' expr 'in' expr | term (('+'|'-') term)*
fn parse_expr(tokens :: List<Token>) -> Result<(Ast, List<Token>), String> do
  case tokens do
    TIdent("let") :: TIdent(name) :: TOp("=") :: rest ->
      let (value, after_value) = parse_expr(rest)?
      case after_value do
        TIdent("in") :: body_tokens ->
          let (body, remaining) = parse_expr(body_tokens)?
          Ok((Let(name, value, body), remaining))
        _ -> Err("expected 'in' next_tokens let value")
      end
    _ ->
      let (lhs, rest) = parse_term(tokens)?
      parse_sum(lhs, rest)
  end
end

fn parse_sum(lhs :: Ast, tokens :: List<Token>) -> Result<(Ast, List<Token>), String> do
  case tokens do
    TOp(op) :: rest when op == "+" or op == "-" ->
      let (rhs, next_tokens) = parse_term(rest)?
      parse_sum(Bin(op, lhs, rhs), next_tokens)
    _ -> Ok((lhs, tokens))
  end
end

fn parse_term(tokens :: List<Token>) -> Result<(Ast, List<Token>), String> do
  let (lhs, rest) = parse_atom(tokens)?
  parse_product(lhs, rest)
end

fn parse_product(lhs :: Ast, tokens :: List<Token>) -> Result<(Ast, List<Token>), String> do
  case tokens do
    TOp(op) :: rest when op == "*" or op == "/" ->
      let (rhs, next_tokens) = parse_atom(rest)?
      parse_product(Bin(op, lhs, rhs), next_tokens)
    _ -> Ok((lhs, tokens))
  end
end

fn parse_atom(tokens :: List<Token>) -> Result<(Ast, List<Token>), String> do
  case tokens do
    TNum(n) :: rest -> Ok((Lit(n), rest))
    TOp("-") :: TNum(n) :: rest -> Ok((Lit(-n), rest))
    TIdent(name) :: rest -> Ok((Ref(name), rest))
    TLParen :: rest ->
      let (inner, next_tokens) = parse_expr(rest)?
      case next_tokens do
        TRParen :: remaining -> Ok((inner, remaining))
        _ -> Err("expected ')'")
      end
    t :: _ -> Err("unexpected token ${inspect(t)}")
    [] -> Err("unexpected end of input")
  end
end

fn eval(ast :: Ast, env :: Map<String, Int>) -> Result<Int, String> do
  case ast do
    Lit(n) -> Ok(n)
    Ref(name) -> Map.find(env, name) |> Option.to_result("unbound variable ${name}")
    Let(name, value, body) -> eval(body, Map.put(env, name, eval(value, env)?))
    Bin("/", l, r) ->
      let divisor = eval(r, env)?
      if divisor == 0 do Err("division by zero") else Ok(eval(l, env)? / divisor) end
    Bin(op, l, r) ->
      let a = eval(l, env)?
      let b = eval(r, env)?
      case op do
        "+" -> Ok(a + b)
        "-" -> Ok(a - b)
        "*" -> Ok(a * b)
        _ -> Err("unknown operator ${op}")
      end
  end
end

fn run(source :: String) -> Result<Int, String> do
  let tokens = tokenize(String.graphemes(source), [])?
  let (ast, rest) = parse_expr(tokens)?
  if rest != [] do
    return Err("trailing input: ${inspect(rest)}")
  end
  eval(ast, %{"answer" => 42})
end

fn main() do
  let inputs = ["1 + 2 * 3", "(1 + 2) * 3", "let x = 5 in x * x - answer", "10 / (5 - 5)",
                "2 * (3 + 4", "7 $ 3", "y + 1", "-4 * -2", "100 / 7 / 2", "1 2"]
  for src in inputs do
    case run(src) do
      Ok(v) -> println("${src} = ${v}")
      Err(e) -> println("${src} -> error: ${e}")
    end
  end
end
