/* N actors (argv[1], default 10000), each receives one message.
 * argv[2] == "noreply": the actors just receive and finish (spawn-and-send benchmark);
 * otherwise each replies and main checks the total. */
#include "mesh_abi.h"
#include <stdlib.h>
#include <stdatomic.h>
#include <stdio.h>
#include <unistd.h>

static int64_t N = 10000;
static int reply = 1;
static atomic_long received;

static void worker(void *args)
{
    int64_t parent = mesh_msg_get_i64(args);
    int64_t v = recv_i64();
    atomic_fetch_add(&received, 1);
    if (reply) send_i64(parent, v);
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t *pids = mesh_alloc(N * 8);
    for (int64_t i = 0; i < N; i++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, mesh_actor_self());
        pids[i] = mesh_actor_spawn(worker, a);
    }
    for (int64_t i = 0; i < N; i++) send_i64(pids[i], i + 1);
    if (reply) {
        int64_t sum = 0;
        for (int64_t i = 0; i < N; i++) sum += recv_i64();
        mesh_println(mesh_string_concat(S("sum "), mesh_int_to_string(sum)));
        mesh_println(mesh_string_concat(S("expected "), mesh_int_to_string(N * (N + 1) / 2)));
    }
}

int main(int argc, char **argv)
{
    if (argc > 1) N = atol(argv[1]);
    if (argc > 2 && strcmp(argv[2], "noreply") == 0) reply = 0;
    int rc = mesh_rt_main(argc, argv, mesh_main);
    if (!reply) {
        /* every actor must have run before the runtime returned */
        char buf[64];
        int n = snprintf(buf, sizeof buf, "received %ld\n", (long)atomic_load(&received));
        (void)!write(1, buf, n);
    }
    return rc;
}
