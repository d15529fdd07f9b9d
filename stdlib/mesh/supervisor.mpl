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
