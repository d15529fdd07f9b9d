# expect-error: E0031
# expect-error: E0031
# expect-text: module `Utils` not found
# expect-text: did you mean `Util`?
# expect-text: module `Helperz` not found
# expect-no-text: is not an imported module
# expect-no-text: cannot find `shout`
# A wrong import is reported on its line; the uses of what it would have brought in are not.
import Utils
from Helperz import shout

fn main() do
  println(Utils.greeting())
  println(shout("hi"))
end
