/* Receive timeouts fire on time; a message that arrives first wins; 0 is a poll. */
#include "mesh_abi.h"
#include <time.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void report(const char *what, int64_t r, int64_t elapsed, int64_t lo, int64_t hi)
{
    MeshString *s = mesh_string_concat(S(what), S(r ? " message" : " timeout"));
    s = mesh_string_concat(s, S(elapsed >= lo && elapsed <= hi ? " on time" : " LATE/EARLY"));
    if (!(elapsed >= lo && elapsed <= hi)) s = mesh_string_concat(s, mesh_int_to_string(elapsed));
    mesh_println(s);
}

static void delayed_echo(void *args)
{
    int64_t parent = mesh_msg_get_i64(args);
    int64_t delay = mesh_msg_get_i64(args);
    mesh_receive_wait(0, delay);
    send_i64(parent, 1);
}

static void orphan(void *args)
{
    (void)args;
    /* main has returned by now; the pending timer keeps the program alive */
    int64_t t0 = now_ms();
    int64_t r = mesh_receive_wait(0, 300);
    report("orphan", r, now_ms() - t0, 290, 1500);
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t t0 = now_ms();
    int64_t r = mesh_receive_wait(0, 0);
    report("poll", r, now_ms() - t0, 0, 50);

    t0 = now_ms();
    r = mesh_receive_wait(0, 200);
    report("wait200", r, now_ms() - t0, 195, 1000);

    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, mesh_actor_self());
    mesh_msg_put_i64(a, 50);
    /* t0 before the spawn: the echo's 50 ms start when it runs, which may be before this actor
     * gets past the spawn (the first spawn starts the other workers; under load that took 6 ms) */
    t0 = now_ms();
    mesh_actor_spawn(delayed_echo, a);
    r = mesh_receive_wait(0, 5000);
    report("echo", r, now_ms() - t0, 45, 1000);
    mesh_mailbox_remove(0);

    /* many concurrent timers in many actors, all must fire */
    mesh_actor_spawn(orphan, NULL);
}
MESH_MAIN(mesh_main)
