/* Main returns while actors wait forever in receive: the program exits with 0.
 * With argument "deadlock", main itself waits forever: reported, status 1. */
#include "mesh_abi.h"
#include <stdlib.h>

static int deadlock;

static void waiter(void *args)
{
    int64_t id = mesh_msg_get_i64(args);
    mesh_println(mesh_string_concat(S("waiter ready "), mesh_int_to_string(id)));
    mesh_receive_wait(0, -1);
    mesh_println(S("waiter woke up (unexpected)"));
}

static void mesh_main(void *args)
{
    (void)args;
    for (int i = 0; i < 5; i++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, i);
        mesh_actor_spawn(waiter, a);
    }
    mesh_println(S("main done"));
    if (deadlock) mesh_receive_wait(0, -1);
}

int main(int argc, char **argv)
{
    deadlock = argc > 1 && strcmp(argv[1], "deadlock") == 0;
    return mesh_rt_main(argc, argv, mesh_main);
}
