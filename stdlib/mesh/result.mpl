# Functions over Result (upstream Mesh has none). `Result.map(r, f)` and `r.map(f)` both call them;
# `?` remains the way to return an error early.

# Applies f to the Ok value; an Err passes through.
pub fn map<T, U, E>(result :: Result<T, E>, f :: Fun(T) -> U) -> Result<U, E> do
  case result do
    Ok(value) -> Ok(f(value))
    Err(error) -> Err(error)
  end
end

# Applies f to the error; an Ok passes through.
pub fn map_err<T, E, F>(result :: Result<T, E>, f :: Fun(E) -> F) -> Result<T, F> do
  case result do
    Ok(value) -> Ok(value)
    Err(error) -> Err(f(error))
  end
end

# Chains a step that may fail (flat_map / and_then).
pub fn then<T, U, E>(result :: Result<T, E>, f :: Fun(T) -> Result<U, E>) -> Result<U, E> do
  case result do
    Ok(value) -> f(value)
    Err(error) -> Err(error)
  end
end

# The Ok value, or the default.
pub fn unwrap_or<T, E>(result :: Result<T, E>, default :: T) -> T do
  case result do
    Ok(value) -> value
    Err(_) -> default
  end
end

# The Ok value; panics with the error's text on Err.
pub fn unwrap<T, E>(result :: Result<T, E>) -> T where E: Display do
  case result do
    Ok(value) -> value
    Err(error) -> panic("Result.unwrap: ${error}")
  end
end

# The Ok value; panics with the message and the error on Err.
pub fn expect<T, E>(result :: Result<T, E>, message :: String) -> T where E: Display do
  case result do
    Ok(value) -> value
    Err(error) -> panic("${message}: ${error}")
  end
end

pub fn is_ok<T, E>(result :: Result<T, E>) -> Bool do
  case result do
    Ok(_) -> true
    Err(_) -> false
  end
end

pub fn is_err<T, E>(result :: Result<T, E>) -> Bool do
  case result do
    Ok(_) -> false
    Err(_) -> true
  end
end

# Some(value) for Ok, None for Err.
pub fn ok<T, E>(result :: Result<T, E>) -> Option<T> do
  case result do
    Ok(value) -> Some(value)
    Err(_) -> None
  end
end

# Some(error) for Err, None for Ok.
pub fn error<T, E>(result :: Result<T, E>) -> Option<E> do
  case result do
    Ok(_) -> None
    Err(error) -> Some(error)
  end
end

# Ok with every value in order, or the first Err.
pub fn all<T, E>(results :: List<Result<T, E>>) -> Result<List<T>, E> do
  collect_ok(results, [])
end

fn collect_ok<T, E>(results :: List<Result<T, E>>, acc :: List<T>) -> Result<List<T>, E> do
  case results do
    [] -> Ok(List.reverse(acc))
    Ok(value) :: rest -> collect_ok(rest, value :: acc)
    Err(error) :: _ -> Err(error)
  end
end
