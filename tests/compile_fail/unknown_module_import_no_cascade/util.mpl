# The module the import above misspells.

pub fn greeting() -> String = "hello"
