/* Timer.sleep suspends only the caller (its worker runs others, messages do not end
 * it); Timer.send_after delivers user messages in deadline order and keeps the
 * program alive until it fires. Run with MESH_WORKERS=1 to make "others ran" strict. */
#include "mesh_abi.h"
#include <time.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static volatile int64_t g_ticks;

static void ticker(void *a)
{
    (void)a;
    for (;;) {
        mesh_receive_wait(0, 5);
        __atomic_add_fetch(&g_ticks, 1, __ATOMIC_RELAXED);
    }
}

static void orphan(void *a)
{
    (void)a;
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, 42);
    mesh_timer_send_after(mesh_actor_self(), 300, m);
    int64_t t0 = now_ms();
    int64_t v = recv_i64(); /* untimed: only the pending timer keeps the program alive */
    int64_t dt = now_ms() - t0;
    mesh_println(cat(cat(S("orphan got "), I(v)), S(dt >= 295 && dt < 5000 ? " on time" : " LATE/EARLY")));
}

static void after(int64_t pid, int64_t ms, int64_t v)
{
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, v);
    mesh_timer_send_after(pid, ms, m);
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    int64_t tk = mesh_actor_spawn(ticker, NULL);
    mesh_receive_wait(0, 20);

    /* sleep 200 ms while a message arrives after 50 ms: the sleep is not cut short */
    after(me, 50, 5);
    int64_t before = __atomic_load_n(&g_ticks, __ATOMIC_RELAXED);
    int64_t t0 = now_ms();
    mesh_timer_sleep(200);
    int64_t dt = now_ms() - t0;
    int64_t ran = __atomic_load_n(&g_ticks, __ATOMIC_RELAXED) - before;
    /* Lower bounds are exact (a sleep or timer never ends early); upper bounds only catch a
     * hang, since a loaded machine may run this process late. "Others ran" needs one tick: the
     * ticker's 5 ms timer is due long before main's 200 ms one and the timer thread fires due
     * entries in deadline order, so on one worker the ticker runs at least once before main can
     * resume, unless the sleep keeps the worker (a busy wait gives 0 on one worker). */
    mesh_println(cat(S("slept "), S(dt >= 195 && dt < 5000 ? "on time" : "LATE/EARLY")));
    mesh_println(cat(S("others ran during sleep "), I(ran >= 1)));
    mesh_println(cat(S("message waiting after sleep "), I(mesh_receive_wait(0, 0))));
    mesh_println(cat(S("it is "), I(recv_i64())));

    /* sleep(0) and negative just yield */
    mesh_timer_sleep(0);
    mesh_timer_sleep(-5);
    say("sleep 0 returned");

    /* send_after: delivered in deadline order, each on time */
    t0 = now_ms();
    after(me, 300, 3);
    after(me, 100, 1);
    after(me, 200, 2);
    for (int k = 0; k < 3; k++) {
        int64_t v = recv_i64();
        dt = now_ms() - t0;
        mesh_println(cat(cat(S("after "), I(v)), S(dt >= v * 100 - 5 && dt < v * 100 + 5000 ? " on time" : " LATE/EARLY")));
    }

    /* to a dead or unknown pid: dropped */
    mesh_actor_exit(tk, MESH_REASON_KILLED, NULL);
    after(tk, 10, 9);
    after(987654321, 10, 9);
    mesh_receive_wait(0, 50);
    say("dropped ok");

    /* send_after a message to an actor that is waiting without a timeout, after main returns */
    mesh_actor_spawn(orphan, NULL);
    say("main done");
}
MESH_MAIN(mesh_main)
