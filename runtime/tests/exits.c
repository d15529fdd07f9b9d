/* Exit reasons seen through monitors, and the one real termination path:
 * killing a suspended or runnable actor stops it for good and frees it. */
#include "mesh_abi.h"

static void returns(void *a) { (void)a; }

static void panics(void *a)
{
    (void)a;
    const char *msg = "boom", *file = "exits.mpl";
    mesh_panic((const uint8_t *)msg, 4, (const uint8_t *)file, (int64_t)strlen(file), 7);
}

static void exits_custom(void *a) { (void)a; mesh_actor_exit_self(MESH_REASON_CUSTOM, S("bye")); }
static void exits_shutdown(void *a) { (void)a; mesh_actor_exit_self(MESH_REASON_SHUTDOWN, NULL); }
static void exits_self_normal(void *a) { (void)a; mesh_actor_exit(mesh_actor_self(), MESH_REASON_NORMAL, NULL); say("NOT REACHED"); }

static void waits(void *a) { (void)a; for (;;) mesh_receive_wait(0, -1); }

/* print "DOWN <what> <kind> <text>" for the DOWN of ref, checking ref and pid */
static void expect_down(const char *what, int64_t ref, int64_t pid)
{
    int64_t i;
    void *m = wait_kind(MESH_MSG_DOWN, 5000, &i);
    if (!m) { say("no DOWN"); return; }
    int64_t r = mesh_msg_get_i64(m), p = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
    MeshString *text = mesh_msg_get_string(m);
    mesh_mailbox_remove(i);
    MeshString *s = cat(S("DOWN "), S(what));
    s = cat(cat(s, S(" ")), I(k));
    s = cat(cat(s, S(" ")), text);
    if (r != ref) s = cat(s, S(" WRONG-REF"));
    if (p != pid) s = cat(s, S(" WRONG-PID"));
    mesh_println(s);
}

/* Runs fn once it gets a first message (so that the monitor is in place first). */
static void gated(void *args)
{
    void (*fn)(void *) = (void (*)(void *))(intptr_t)mesh_msg_get_i64(args);
    recv_i64();
    fn(NULL);
}

static void monitor_one(const char *what, void (*fn)(void *))
{
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, (int64_t)(intptr_t)fn);
    int64_t pid = mesh_actor_spawn(gated, a);
    int64_t ref = mesh_process_monitor(pid);
    send_i64(pid, 0);
    expect_down(what, ref, pid);
}

static void signal_one(const char *what, int64_t kind, MeshString *text)
{
    int64_t pid = mesh_actor_spawn(waits, NULL);
    int64_t ref = mesh_process_monitor(pid);
    mesh_actor_exit(pid, kind, text);
    expect_down(what, ref, pid);
}

/* A receive loop that prints what it gets and acknowledges it. */
static void listener(void *a)
{
    (void)a;
    for (;;) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        int64_t from = mesh_msg_get_i64(r), v = mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
        mesh_println(cat(S("listener got "), I(v)));
        send_i64(from, v);
    }
}

static volatile int64_t g_spins;

static void spinner(void *a)
{
    (void)a;
    for (;;) {
        mesh_alloc(64);
        __atomic_add_fetch(&g_spins, 1, __ATOMIC_RELAXED);
        mesh_yield();
    }
}

static void sleeper(void *a) { (void)a; mesh_timer_sleep(100000); say("NOT REACHED (sleeper)"); }

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    monitor_one("normal", returns);
    monitor_one("panic", panics);
    monitor_one("custom", exits_custom);
    monitor_one("shutdown", exits_shutdown);
    monitor_one("self-normal", exits_self_normal);
    signal_one("kill", MESH_REASON_KILLED, NULL);
    signal_one("signal-shutdown", MESH_REASON_SHUTDOWN, NULL);
    signal_one("signal-custom", MESH_REASON_CUSTOM, S("go away"));
    signal_one("signal-noconnection", MESH_REASON_NOCONNECTION, NULL);
    signal_one("signal-panic", MESH_REASON_PANIC, S("crash"));

    /* a normal exit signal to a non-trapping actor is ignored */
    int64_t w = mesh_actor_spawn(waits, NULL);
    mesh_actor_exit(w, MESH_REASON_NORMAL, NULL);
    mesh_receive_wait(0, 20);
    mesh_println(cat(S("after normal signal alive "), I(mesh_process_alive(w))));
    mesh_actor_exit(w, MESH_REASON_KILLED, NULL);
    mesh_println(cat(S("after kill alive "), I(mesh_process_alive(w))));

    /* killing a suspended actor: it never runs again */
    int64_t l = mesh_actor_spawn(listener, NULL);
    void *m = mesh_msg_new(); mesh_msg_put_i64(m, me); mesh_msg_put_i64(m, 1); mesh_actor_send(l, m);
    recv_i64();
    mesh_actor_exit(l, MESH_REASON_KILLED, NULL);
    m = mesh_msg_new(); mesh_msg_put_i64(m, me); mesh_msg_put_i64(m, 2); mesh_actor_send(l, m);
    mesh_println(cat(S("listener reply after kill "), I(mesh_receive_wait(0, 100))));

    /* killing a runnable (yield-looping) actor */
    int64_t sp = mesh_actor_spawn(spinner, NULL);
    while (__atomic_load_n(&g_spins, __ATOMIC_RELAXED) < 1000) mesh_yield();
    mesh_actor_exit(sp, MESH_REASON_KILLED, NULL);
    mesh_receive_wait(0, 30);
    int64_t c1 = __atomic_load_n(&g_spins, __ATOMIC_RELAXED);
    mesh_receive_wait(0, 100);
    int64_t c2 = __atomic_load_n(&g_spins, __ATOMIC_RELAXED);
    mesh_println(cat(S("spinner stopped "), I(c1 == c2)));

    /* killing a sleeping actor */
    int64_t sl = mesh_actor_spawn(sleeper, NULL);
    mesh_receive_wait(0, 20);
    int64_t ref = mesh_process_monitor(sl);
    mesh_actor_exit(sl, MESH_REASON_KILLED, NULL);
    expect_down("sleeper", ref, sl);

    /* many suspended actors killed: all are freed (only main is left) */
    int64_t pids[500];
    for (int i = 0; i < 500; i++) pids[i] = mesh_actor_spawn(waits, NULL);
    mesh_receive_wait(0, 20);
    for (int i = 0; i < 500; i++) mesh_actor_exit(pids[i], MESH_REASON_KILLED, NULL);
    for (int i = 0; i < 200 && mesh_rt_debug_actor_count() > 1; i++) mesh_receive_wait(0, 5);
    mesh_println(cat(S("actors left "), I(mesh_rt_debug_actor_count())));
}
MESH_MAIN(mesh_main)
