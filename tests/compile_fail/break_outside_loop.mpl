# expect-error: E0032
# expect-error: E0033
# expect-text: outside of a loop
# break and continue only work inside for and while.

fn main() do
  break
  continue
end
