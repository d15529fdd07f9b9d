# Functions over Option (upstream Mesh has none: every use was a `case`). Named as Rust and Gleam
# programmers expect; `Option.map(o, f)` and `o.map(f)` both call them.

# Applies f to the value inside Some; None stays None.
pub fn map<T, U>(option :: Option<T>, f :: Fun(T) -> U) -> Option<U> do
  case option do
    Some(value) -> Some(f(value))
    None -> None
  end
end

# Chains a step that may itself give nothing (flat_map).
pub fn then<T, U>(option :: Option<T>, f :: Fun(T) -> Option<U>) -> Option<U> do
  case option do
    Some(value) -> f(value)
    None -> None
  end
end

# The value inside Some, or the default.
pub fn unwrap_or<T>(option :: Option<T>, default :: T) -> T do
  case option do
    Some(value) -> value
    None -> default
  end
end

# The value inside Some, or what f computes (only called for None).
pub fn unwrap_or_else<T>(option :: Option<T>, f :: Fun() -> T) -> T do
  case option do
    Some(value) -> value
    None -> f()
  end
end

# The value inside Some; panics on None.
pub fn unwrap<T>(option :: Option<T>) -> T do
  case option do
    Some(value) -> value
    None -> panic("Option.unwrap: the option is None")
  end
end

# The value inside Some; panics with the message on None.
pub fn expect<T>(option :: Option<T>, message :: String) -> T do
  case option do
    Some(value) -> value
    None -> panic(message)
  end
end

pub fn is_some<T>(option :: Option<T>) -> Bool do
  case option do
    Some(_) -> true
    None -> false
  end
end

pub fn is_none<T>(option :: Option<T>) -> Bool do
  case option do
    Some(_) -> false
    None -> true
  end
end

# The option itself when it holds a value, otherwise the alternative (`or` is a keyword).
pub fn or_else<T>(option :: Option<T>, alternative :: Option<T>) -> Option<T> do
  case option do
    Some(_) -> option
    None -> alternative
  end
end

# Keeps the value only when the predicate holds.
pub fn filter<T>(option :: Option<T>, keep :: Fun(T) -> Bool) -> Option<T> do
  case option do
    Some(value) -> if keep(value) do option else None end
    None -> None
  end
end

# Ok with the value, or Err with the given error.
pub fn to_result<T, E>(option :: Option<T>, error :: E) -> Result<T, E> do
  case option do
    Some(value) -> Ok(value)
    None -> Err(error)
  end
end

# The values of the Somes, in order.
pub fn values<T>(options :: List<Option<T>>) -> List<T> do
  List.reverse(List.reduce(options, [], fn acc, option ->
    case option do
      Some(value) -> value :: acc
      None -> acc
    end
  end))
end
