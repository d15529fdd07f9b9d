/* Ping-pong benchmark: two actors exchange N round trips (2N messages).
 * Usage: pingpong [round_trips=200000]; prints the round trips and the time per message. */
#include "mesh_abi.h"
#include <stdlib.h>
#include <time.h>

static int64_t g_rounds = 200000;

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static void ponger(void *a)
{
    (void)a;
    for (;;) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        int64_t from = mesh_msg_get_i64(r), v = mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
        if (v < 0) return;
        send_i64(from, v + 1);
    }
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    int64_t p = mesh_actor_spawn(ponger, NULL);
    int64_t v = 0, t0 = now_ns();
    for (int64_t k = 0; k < g_rounds; k++) {
        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, me);
        mesh_msg_put_i64(m, v);
        mesh_actor_send(p, m);
        v = recv_i64();
    }
    int64_t dt = now_ns() - t0;
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, me);
    mesh_msg_put_i64(m, -1);
    mesh_actor_send(p, m);
    mesh_println(cat(S("round trips "), I(v)));
    if (getenv("PINGPONG_TIME")) mesh_println(cat(cat(S("ns per message "), I(dt / (2 * g_rounds))), S("")));
}

int main(int argc, char **argv)
{
    if (argc > 1) g_rounds = atoll(argv[1]);
    return mesh_rt_main(argc, argv, mesh_main);
}
