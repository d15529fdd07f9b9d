/* Unbounded recursion in an actor hits its guard page: reported, status 134. */
#include "mesh_abi.h"

static int64_t depth(int64_t n)
{
    volatile char pad[256];
    pad[0] = (char)n;
    if (n == 0) return pad[0];
    return depth(n - 1) + pad[0];
}

static void deep(void *args)
{
    (void)args;
    mesh_println(mesh_int_to_string(depth(100)));
    mesh_println(S("recursing"));
    mesh_println(mesh_int_to_string(depth(100000000)));
}

static void mesh_main(void *args)
{
    (void)args;
    mesh_actor_spawn(deep, NULL);
}
MESH_MAIN(mesh_main)
