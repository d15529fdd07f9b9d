# expect-error: E0044
# expect-text: fn main()
# A program starts at `fn main()` in main.mpl.

fn helper() = 1
