/* Monitors: one DOWN per monitor, two monitors give two refs and two DOWNs,
 * immediate noproc DOWN, demonitor (with flush), mailbox entry kinds. */
#include "mesh_abi.h"

static void waits(void *a) { (void)a; for (;;) mesh_receive_wait(0, -1); }

static void quits_on_message(void *a) { (void)a; recv_i64(); }

static void dies_at_once(void *a)
{
    (void)a;
    mesh_actor_exit_self(MESH_REASON_CUSTOM, S("early"));
}

static int64_t count_kind(int64_t kind)
{
    int64_t n = 0;
    for (int64_t i = 0; mesh_mailbox_at(i); i++) n += mesh_mailbox_kind(i) == kind;
    return n;
}

static void mesh_main(void *args)
{
    (void)args;
    /* two monitors on one actor: two distinct refs, two DOWNs */
    int64_t p = mesh_actor_spawn(quits_on_message, NULL);
    int64_t r1 = mesh_process_monitor(p), r2 = mesh_process_monitor(p);
    mesh_println(cat(S("distinct refs "), I(r1 != r2 && r1 > 0 && r2 > 0)));
    send_i64(p, 0);
    int64_t i = 0;
    void *m = wait_kind(MESH_MSG_DOWN, 5000, &i);
    int64_t ga = mesh_msg_get_i64(m);
    mesh_mailbox_remove(i);
    m = wait_kind(MESH_MSG_DOWN, 5000, &i);
    int64_t gb = mesh_msg_get_i64(m);
    mesh_mailbox_remove(i);
    mesh_println(cat(S("two DOWNs for both refs "), I((ga == r1 && gb == r2) || (ga == r2 && gb == r1))));
    mesh_println(cat(S("no third DOWN "), I(wait_kind(MESH_MSG_DOWN, 100, &i) == NULL)));

    /* noproc for a dead pid and an unknown pid, immediately */
    int64_t r3 = mesh_process_monitor(p);
    m = wait_kind(MESH_MSG_DOWN, 0, &i);
    if (m) {
        int64_t r = mesh_msg_get_i64(m), pid = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
        MeshString *t = mesh_msg_get_string(m);
        mesh_mailbox_remove(i);
        mesh_println(cat(cat(cat(S("dead pid DOWN "), I(k)), S(" ")), cat(t, S(r == r3 && pid == p ? " ok" : " WRONG"))));
    } else say("dead pid: no immediate DOWN");
    mesh_process_monitor(123456789);
    m = wait_kind(MESH_MSG_DOWN, 0, &i);
    if (m) {
        mesh_msg_get_i64(m);
        int64_t pid = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
        MeshString *t = mesh_msg_get_string(m);
        mesh_mailbox_remove(i);
        mesh_println(cat(cat(cat(S("unknown pid DOWN "), I(k)), S(" ")), cat(t, S(pid == 123456789 ? " ok" : " WRONG"))));
    }
    else say("unknown pid: no immediate DOWN");

    /* demonitor before the exit: 1, and no DOWN ever */
    int64_t q = mesh_actor_spawn(waits, NULL);
    int64_t r4 = mesh_process_monitor(q);
    mesh_println(cat(S("demonitor active "), I(mesh_process_demonitor(r4))));
    mesh_println(cat(S("demonitor again "), I(mesh_process_demonitor(r4))));
    mesh_actor_exit(q, MESH_REASON_KILLED, NULL);
    mesh_println(cat(S("no DOWN after demonitor "), I(wait_kind(MESH_MSG_DOWN, 100, &i) == NULL)));

    /* demonitor after the DOWN is queued: 0, and the DOWN is flushed; user messages stay */
    int64_t w = mesh_actor_spawn(waits, NULL);
    int64_t r5 = mesh_process_monitor(w);
    int64_t r6 = mesh_process_monitor(w);
    send_i64(mesh_actor_self(), 7);
    mesh_actor_exit(w, MESH_REASON_SHUTDOWN, NULL);
    while (count_kind(MESH_MSG_DOWN) < 2) mesh_receive_wait(mesh_mailbox_at(0) ? 1 : 0, 20);
    send_i64(mesh_actor_self(), 8);
    mesh_println(cat(S("kinds "), cat(cat(I(mesh_mailbox_kind(0)), I(mesh_mailbox_kind(1))), cat(I(mesh_mailbox_kind(2)), I(mesh_mailbox_kind(3))))));
    mesh_println(cat(S("kind past the end "), I(mesh_mailbox_kind(4))));
    mesh_println(cat(S("demonitor after DOWN "), I(mesh_process_demonitor(r5))));
    mesh_println(cat(S("DOWNs left "), I(count_kind(MESH_MSG_DOWN))));
    m = wait_kind(MESH_MSG_DOWN, 0, &i);
    mesh_println(cat(S("remaining DOWN is the other ref "), I(mesh_msg_get_i64(m) == r6)));
    mesh_mailbox_remove(i);
    int64_t u1 = recv_i64();
    int64_t u2 = recv_i64();
    mesh_println(cat(S("user messages kept "), cat(I(u1), I(u2))));

    /* spawn_monitor: even an actor that dies at once reports its real reason */
    int64_t early_ok = 0;
    for (int n = 0; n < 20; n++) {
        int64_t ref = 0;
        int64_t pid = mesh_actor_spawn_monitor(dies_at_once, NULL, &ref);
        m = wait_kind(MESH_MSG_DOWN, 5000, &i);
        int64_t r = mesh_msg_get_i64(m), p2 = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
        mesh_mailbox_remove(i);
        early_ok += r == ref && p2 == pid && k == MESH_REASON_CUSTOM;
    }
    mesh_println(cat(S("spawn_monitor real reasons "), I(early_ok)));

    /* many monitors from many actors all fire exactly once */
    int64_t target = mesh_actor_spawn(quits_on_message, NULL);
    for (int n = 0; n < 100; n++) mesh_process_monitor(target);
    send_i64(target, 0);
    int64_t downs = 0;
    while (wait_kind(MESH_MSG_DOWN, 200, &i)) { mesh_mailbox_remove(i); downs++; }
    mesh_println(cat(S("DOWNs for 100 monitors "), I(downs)));
}
MESH_MAIN(mesh_main)
