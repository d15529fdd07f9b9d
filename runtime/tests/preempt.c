/* Reduction-count preemption: an actor spinning in a loop that only calls
 * mesh_reduction_tick (as compiled loops do) cannot starve two actors playing
 * ping-pong, even with MESH_WORKERS=1. Usage: preempt [round_trips] */
#include "mesh_abi.h"
#include <stdlib.h>

static volatile int g_stop;

static void spinner(void *a)
{
    (void)a;
    uint64_t x = 1, n = 0;
    while (!__atomic_load_n(&g_stop, __ATOMIC_ACQUIRE)) {
        x = x * 6364136223846793005ull + 1442695040888963407ull; /* busy work, no allocation, no receive */
        n++;
        mesh_reduction_tick();
    }
    mesh_println(cat(S("spinner stopped after many iterations "), I(n > 1000 && x != 0)));
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

static void pinger(void *a)
{
    int64_t parent = mesh_msg_get_i64(a), rounds = mesh_msg_get_i64(a);
    int64_t me = mesh_actor_self();
    int64_t p = mesh_actor_spawn(ponger, NULL);
    int64_t v = 0;
    for (int64_t k = 0; k < rounds; k++) {
        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, me);
        mesh_msg_put_i64(m, v);
        mesh_actor_send(p, m);
        v = recv_i64();
    }
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, me);
    mesh_msg_put_i64(m, -1);
    mesh_actor_send(p, m);
    send_i64(parent, v);
}

static void mesh_main(void *args)
{
    (void)args;
    char **argv = NULL; (void)argv;
    int64_t rounds = 2000;
    const char *env = getenv("PREEMPT_ROUNDS");
    if (env) rounds = atoll(env);
    mesh_actor_spawn(spinner, NULL);
    mesh_actor_spawn(spinner, NULL);
    mesh_yield(); /* let the spinners start first */
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, mesh_actor_self());
    mesh_msg_put_i64(a, rounds);
    mesh_actor_spawn(pinger, a);
    int64_t v = recv_i64();
    mesh_println(cat(S("ping-pong done "), I(v == rounds)));
    __atomic_store_n(&g_stop, 1, __ATOMIC_RELEASE);
}
MESH_MAIN(mesh_main)
