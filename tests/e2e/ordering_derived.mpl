# Derived Eq/Ord: structs compare field by field in declaration order; sum
# types compare by variant declaration order first, then by payload.
# A type with no deriving clause gets Eq and Ord by default.

struct Version do
  major :: Int
  minor :: Int
  patch :: Int
end deriving(Eq, Ord, Display)

type Priority do
  Low
  Medium(Int)
  High(String, Int)
end deriving(Eq, Ord, Display)

struct Task do
  priority :: Priority
  name :: String
end

fn newest(a :: Version, b :: Version) -> Version do
  if a > b do
    a
  else
    b
  end
end

fn compare_text(a :: Version, b :: Version) -> String do
  if a < b do
    "${a} < ${b}"
  else if a == b do
    "${a} == ${b}"
  else
    "${a} > ${b}"
  end
end

fn main() do
  let v1 = Version { major: 1, minor: 2, patch: 3 }
  let v2 = Version { major: 1, minor: 10, patch: 0 }
  let v3 = Version { major: 0, minor: 99, patch: 99 }
  println(compare_text(v1, v2))
  println(compare_text(v2, v1))
  println(compare_text(v3, v1))
  println(compare_text(v1, %{v1 | patch: 3}))
  println(compare_text(v1, %{v1 | patch: 4}))
  println("newest: ${newest(newest(v1, v2), v3)}")
  println("<= >=: ${v1 <= v1} ${v1 >= v2} ${v2 >= v1}")
  println("Low < Medium(0): ${Low < Medium(0)}")
  println("Medium(5) < Medium(7): ${Medium(5) < Medium(7)}")
  println("Medium(100) < High(a, 0): ${Medium(100) < High("a", 0)}")
  println("High(b, 1) > High(a, 9): ${High("b", 1) > High("a", 9)}")
  println("High(a, 1) < High(a, 2): ${High("a", 1) < High("a", 2)}")
  println("High(a, 2) == High(a, 2): ${High("a", 2) == High("a", 2)}")
  let t1 = Task { priority: Medium(1), name: "write" }
  let t2 = Task { priority: Medium(1), name: "read" }
  let t3 = Task { priority: Low, name: "zzz" }
  println("tasks: ${t1 > t2} ${t3 < t2} ${t1 == %{t2 | name: "write"}}")
end
