# The Supervisor module of the standard library: the types of its functions, written in Mesh
# (the functions themselves are in the runtime, runtime/native/mesh_supervisor.c).

# What Supervisor.count_children(sup) returns, OTP's four counts: child specs, children
# running now, and the specs that start supervisors and workers (running or not). A
# simple_one_for_one supervisor has one spec, its template, and counts its children under the
# template's type.
pub struct ChildCounts do
  specs :: Int
  active :: Int
  supervisors :: Int
  workers :: Int
end deriving(Eq, Debug)

# What Supervisor.get_childspec(sup, id) returns, OTP's child spec as data: the child's id and
# its options in the words a spec is written with: restart "permanent" | "transient" |
# "temporary"; shutdown "brutal_kill" | "infinity" | milliseconds ("5000"); child_type
# "worker" | "supervisor" (OTP's type: from the start function's pid type). The start function
# is not part of it: it runs in the supervisor, which keeps it. A simple_one_for_one child's
# spec is its template's, under the template's id.
pub struct ChildSpecInfo do
  id :: String
  restart :: String
  shutdown :: String
  child_type :: String
end deriving(Eq, Debug)
