/* A stack overflow found by the stack check (mesh_stack_check, what generated code does at
 * function entry) ends only that actor, with panic "stack overflow": its monitors get the
 * DOWN, a trapping linked actor the EXIT, its cleanup entry runs, and the other actors and
 * main keep running. `overflow_actor gc` forces a full .NET GC at every level, so the
 * runtime calls made just above the limit (C# with a GC on the actor's stack) must fit in
 * the headroom. `overflow_actor main` overflows the main actor: the program ends (134). */
#include "mesh_abi.h"
#include <stdlib.h>

static int g_gc;

static int64_t deep(int64_t n)
{
    mesh_stack_check();
    if (n > 100000000) return 0; /* never: the stack ends long before */
    volatile char pad[200];
    pad[0] = (char)n;
    if (g_gc) mesh_rt_debug_gc();
    MeshString *s = I(n); /* a C# call and an allocation on the actor's heap at every level */
    return deep(n + 1) + pad[0] + s->len;
}

static void cleanup(void *args)
{
    (void)args;
    say("cleanup ran");
}

static void overflows(void *args)
{
    (void)args;
    mesh_actor_on_exit(cleanup);
    recv_i64(); /* go */
    mesh_println(I(deep(0)));
    say("NOT REACHED");
}

static void echo(void *args)
{
    (void)args;
    for (;;) {
        int64_t from = recv_i64();
        send_i64(from, 7);
    }
}

static void print_down(int64_t ref, int64_t pid)
{
    int64_t i;
    void *m = wait_kind(MESH_MSG_DOWN, 20000, &i);
    if (!m) { say("no DOWN"); return; }
    int64_t r = mesh_msg_get_i64(m), p = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
    MeshString *text = mesh_msg_get_string(m);
    mesh_mailbox_remove(i);
    MeshString *s = cat(cat(cat(S("DOWN "), I(k)), S(" ")), text);
    if (r != ref || p != pid) s = cat(s, S(" WRONG"));
    mesh_println(s);
}

static void print_exit(int64_t pid)
{
    int64_t i;
    void *m = wait_kind(MESH_MSG_EXIT, 20000, &i);
    if (!m) { say("no EXIT"); return; }
    int64_t p = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
    MeshString *text = mesh_msg_get_string(m);
    mesh_mailbox_remove(i);
    MeshString *s = cat(cat(cat(S("EXIT "), I(k)), S(" ")), text);
    if (p != pid) s = cat(s, S(" WRONG"));
    mesh_println(s);
}

static void mesh_main(void *args)
{
    (void)args;
    const char *mode = getenv("OVERFLOW_MODE");
    if (mode && strcmp(mode, "main") == 0) {
        say("main recursing");
        mesh_println(I(deep(0)));
        return;
    }
    g_gc = mode && strcmp(mode, "gc") == 0;
    int64_t echoer = mesh_actor_spawn(echo, NULL);

    /* monitored */
    int64_t a = mesh_actor_spawn(overflows, NULL);
    int64_t ref = mesh_process_monitor(a);
    send_i64(a, 0);
    print_down(ref, a);

    /* linked, with main trapping exits */
    mesh_actor_trap_exit(1);
    int64_t b = mesh_actor_spawn_link(overflows, NULL);
    send_i64(b, 0);
    print_exit(b);

    /* several at once, while the echo actor keeps answering */
    int64_t pids[4], refs[4];
    for (int i = 0; i < 4; i++) {
        pids[i] = mesh_actor_spawn(overflows, NULL);
        refs[i] = mesh_process_monitor(pids[i]);
        send_i64(pids[i], 0);
    }
    int64_t sum = 0;
    for (int i = 0; i < 100; i++) {
        send_i64(echoer, mesh_actor_self());
        int64_t j;
        while (!wait_kind(MESH_MSG_USER, -1, &j)) {}
        sum += mesh_msg_get_i64(mesh_mailbox_at(j));
        mesh_mailbox_remove(j);
    }
    /* the four DOWNs, in any order */
    int found = 0;
    for (int n = 0; n < 4; n++) {
        int64_t i;
        void *m = wait_kind(MESH_MSG_DOWN, 20000, &i);
        if (!m) break;
        int64_t r = mesh_msg_get_i64(m), p = mesh_msg_get_i64(m), k = mesh_msg_get_i64(m);
        MeshString *text = mesh_msg_get_string(m);
        mesh_mailbox_remove(i);
        for (int j = 0; j < 4; j++)
            if (refs[j] == r && pids[j] == p && k == MESH_REASON_PANIC && text->len == 14 &&
                memcmp(text->bytes, "stack overflow", 14) == 0) found++;
    }
    mesh_println(cat(S("four DOWNs stack overflow: "), I(found)));
    mesh_println(cat(S("echo sum "), I(sum)));
    mesh_println(cat(S("alive "), I(mesh_process_alive(a) + mesh_process_alive(b))));
    mesh_actor_exit(echoer, MESH_REASON_KILLED, NULL);
    say("main continues");
}
MESH_MAIN(mesh_main)
