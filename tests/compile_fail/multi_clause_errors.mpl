# expect-error: E0024
# expect-error: E0023
# expect-error: E0022
# expect-text: one after another
# Clauses must have the same arity, be consecutive, and a catch-all clause
# must come last.

fn size(0) = "none"
fn size(n, extra) = "many"

fn sign(0) = 0

fn other() = 1

fn sign(n) = 1

fn pick(_) = "anything"
fn pick(1) = "one"

fn main() do
  println("${size(1)} ${sign(2)} ${other()} ${pick(1)}")
end
