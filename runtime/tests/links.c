/* Links: bidirectional, idempotent, propagation with Erlang's rules, trap_exit,
 * exit signals sent with mesh_actor_exit, noproc on a dead pid, spawn_link. */
#include "mesh_abi.h"

static int64_t g_main;

static void waits(void *a) { (void)a; for (;;) mesh_receive_wait(0, -1); }
static void returns(void *a) { (void)a; }

static void chain_c(void *a)
{
    (void)a;
    const char *msg = "deep", *file = "links.mpl";
    mesh_panic((const uint8_t *)msg, 4, (const uint8_t *)file, (int64_t)strlen(file), 3);
}
static void chain_b(void *a) { (void)a; mesh_actor_spawn_link(chain_c, NULL); waits(NULL); }
static void chain_a(void *a) { (void)a; mesh_actor_spawn_link(chain_b, NULL); waits(NULL); }

/* non-trapping: a linked actor's normal exit does not kill it */
static void d_actor(void *a)
{
    (void)a;
    mesh_actor_spawn_link(returns, NULL);
    mesh_receive_wait(0, 50);
    send_i64(g_main, 100);
}

/* trapping: gets EXIT(pid, normal) */
static void f_actor(void *a)
{
    (void)a;
    mesh_actor_trap_exit(1);
    int64_t g = mesh_actor_spawn_link(returns, NULL);
    int64_t i = 0;
    void *m = wait_kind(MESH_MSG_EXIT, 5000, &i);
    int64_t from = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
    MeshString *t = mesh_msg_get_string(m);
    mesh_mailbox_remove(i);
    mesh_println(cat(cat(cat(S("trapper got EXIT "), I(k)), S(" ")), t));
    send_i64(g_main, from == g ? 200 : -200);
}

/* links itself to a dead pid without trapping: dies with noproc */
static void j_actor(void *a)
{
    int64_t dead = mesh_msg_get_i64(a);
    recv_i64();
    mesh_actor_link(dead);
    say("NOT REACHED (j)");
}

/* trapping actor that reports the exit signals it gets as EXIT messages */
static void k_actor(void *a)
{
    (void)a;
    mesh_actor_trap_exit(1);
    send_i64(g_main, 1); /* ready */
    for (;;) {
        int64_t i = 0;
        void *m = wait_kind(MESH_MSG_EXIT, -1, &i);
        int64_t from = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
        MeshString *t = mesh_msg_get_string(m);
        mesh_mailbox_remove(i);
        mesh_println(cat(cat(cat(S("k got EXIT "), I(k)), S(" ")), cat(t, S(from == g_main ? " from main" : " from ?"))));
        send_i64(g_main, 2);
    }
}

static void l_actor(void *a)
{
    (void)a;
    int64_t m = mesh_actor_spawn_link(waits, NULL);
    send_i64(g_main, m);
    waits(NULL);
}

static void print_exit(const char *what, int64_t expect_from)
{
    int64_t i = 0;
    void *m = wait_kind(MESH_MSG_EXIT, 5000, &i);
    if (!m) { mesh_println(cat(S(what), S(" no EXIT"))); return; }
    int64_t from = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
    MeshString *t = mesh_msg_get_string(m);
    mesh_mailbox_remove(i);
    MeshString *s = cat(cat(cat(cat(S(what), S(" EXIT ")), I(k)), S(" ")), t);
    if (from != expect_from) s = cat(s, S(" WRONG-PID"));
    mesh_println(s);
}

static int no_exit_within(int64_t ms)
{
    int64_t i = 0;
    return wait_kind(MESH_MSG_EXIT, ms, &i) == NULL;
}

static void down_of(const char *what, int64_t ref)
{
    int64_t i = 0;
    void *m = wait_kind(MESH_MSG_DOWN, 5000, &i);
    if (!m) { mesh_println(cat(S(what), S(" no DOWN"))); return; }
    int64_t r = mesh_msg_get_i64(m); mesh_msg_get_i64(m);
    int64_t k = mesh_msg_get_i64(m);
    MeshString *t = mesh_msg_get_string(m);
    mesh_mailbox_remove(i);
    mesh_println(cat(cat(cat(cat(S(what), S(" DOWN ")), I(k)), S(" ")), cat(t, S(r == ref ? "" : " WRONG-REF"))));
}

static void main_dies_entry(void *args)
{
    (void)args;
    {
        /* a non-trapping main linked to a crashing actor dies with its reason */
        say("main links to a crasher");
        mesh_actor_spawn_link(chain_c, NULL);
        mesh_receive_wait(0, 5000);
        say("NOT REACHED (main)");
    }
}

static void mesh_main(void *args)
{
    (void)args;
    g_main = mesh_actor_self();
    mesh_actor_trap_exit(1);

    /* 1. a panic propagates along a chain of links, with the same reason */
    int64_t a = mesh_actor_spawn_link(chain_a, NULL);
    print_exit("chain", a);

    /* 2. non-trapping actor survives a linked normal exit */
    int64_t d = mesh_actor_spawn_link(d_actor, NULL);
    mesh_println(cat(S("non-trapping survived normal: "), I(recv_i64() == 100)));
    print_exit("d", d); /* d itself returns normally: main traps, so it sees EXIT normal */

    /* 3. trapping actor receives EXIT normal */
    int64_t f = mesh_actor_spawn(f_actor, NULL);
    mesh_println(cat(S("trapper reported: "), I(recv_i64())));
    (void)f;

    /* 4. link is idempotent; one unlink removes it */
    int64_t h = mesh_actor_spawn(waits, NULL);
    mesh_actor_link(h);
    mesh_actor_link(h);
    mesh_actor_unlink(h);
    mesh_actor_exit(h, MESH_REASON_KILLED, NULL);
    mesh_println(cat(S("unlinked: no EXIT "), I(no_exit_within(100))));
    int64_t i2 = mesh_actor_spawn(waits, NULL);
    mesh_actor_link(i2);
    mesh_actor_link(i2);
    mesh_actor_exit(i2, MESH_REASON_KILLED, NULL);
    print_exit("double link", i2);
    mesh_println(cat(S("exactly one EXIT "), I(no_exit_within(100))));

    /* 5. link to a dead pid: trapping caller gets EXIT noproc, non-trapping caller dies noproc */
    mesh_actor_link(h);
    print_exit("link dead", h);
    void *ja = mesh_msg_new(); mesh_msg_put_i64(ja, h);
    int64_t j = mesh_actor_spawn(j_actor, ja);
    int64_t jref = mesh_process_monitor(j);
    send_i64(j, 0);
    down_of("j", jref);
    mesh_actor_link(999999);
    print_exit("link unknown", 999999);

    /* 6. exit signals to a trapping actor become EXIT messages, except kill */
    int64_t k = mesh_actor_spawn(k_actor, NULL);
    recv_i64();
    int64_t kref = mesh_process_monitor(k);
    mesh_actor_exit(k, MESH_REASON_SHUTDOWN, NULL);
    recv_i64();
    mesh_actor_exit(k, MESH_REASON_NORMAL, NULL);
    recv_i64();
    mesh_actor_exit(k, MESH_REASON_CUSTOM, S("please"));
    recv_i64();
    mesh_actor_exit(k, MESH_REASON_KILLED, NULL);
    down_of("k", kref);

    /* 7. kill becomes killed for links (trappable there): main gets EXIT killed, l's other link dies killed */
    int64_t l = mesh_actor_spawn_link(l_actor, NULL);
    int64_t m = recv_i64();
    int64_t mref = mesh_process_monitor(m);
    mesh_actor_exit(l, MESH_REASON_KILLED, NULL);
    print_exit("l", l);
    down_of("m", mref);

    /* everything linked or killed above is gone */
    for (int n = 0; n < 50 && mesh_rt_debug_actor_count() > 2; n++) mesh_receive_wait(0, 5);
    mesh_println(cat(S("actors left "), I(mesh_rt_debug_actor_count())));
}
int main(int argc, char **argv)
{
    /* "main-dies": argument for the main actor */
    return mesh_rt_main(argc, argv, argc > 1 && strcmp(argv[1], "main-dies") == 0 ? main_dies_entry : mesh_main);
}
