/* Three actors, each receives one message from main and replies. */
#include "mesh_abi.h"

static void worker(void *args)
{
    int64_t id = mesh_msg_get_i64(args);
    int64_t parent = mesh_msg_get_i64(args);
    MeshString *name = mesh_msg_get_string(args);
    int64_t v = recv_i64();
    mesh_println(mesh_string_concat(mesh_string_concat(name, S(" got ")), mesh_int_to_string(v)));
    send_i64(parent, id * 100 + v);
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t pids[3];
    const char *names[3] = {"alpha", "beta", "gamma"};
    for (int i = 0; i < 3; i++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, i + 1);
        mesh_msg_put_i64(a, mesh_actor_self());
        mesh_msg_put_string(a, S(names[i]));
        pids[i] = mesh_actor_spawn(worker, a);
    }
    for (int i = 0; i < 3; i++) send_i64(pids[i], 10 * (i + 1));
    int64_t sum = 0;
    for (int i = 0; i < 3; i++) sum += recv_i64();
    mesh_println(mesh_string_concat(S("sum "), mesh_int_to_string(sum)));
}
MESH_MAIN(mesh_main)
