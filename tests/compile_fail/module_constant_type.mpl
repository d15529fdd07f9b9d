# expect-error: E0001
# expect-error: E0043
# expect-text: module constant `limit`
# The annotation of a module constant is checked where it is used; a name is defined once per module.
let limit :: Int = "ten"
let main_menu = 1

fn main_menu() -> Int = 2

fn main() do
  println("${limit} ${main_menu()}")
end
