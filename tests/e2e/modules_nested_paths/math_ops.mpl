# math_ops.mpl is the module MathOps.
fn helper() = "ops helper"

pub fn describe() -> String = helper()
