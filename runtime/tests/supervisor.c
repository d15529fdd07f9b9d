/* Supervisors (runtime/native/mesh_supervisor.c) driven the way generated code drives them:
 * a spec table on the supervisor's heap, start "closures" that spawn workers. Workers print
 * "start N" when they start and "stop N" when a shutdown reaches them (if they trap exits),
 * and report (N, pid) to main, which waits for those reports and for DOWNs: no sleeps. */
#include "mesh_abi.h"

#include <stdio.h>

static int64_t g_main;

enum { TRAP = 1, STUBBORN = 2, FAIL_AT_START = 4 }; /* worker flags */
enum { CRASH = 1, FINISH = 2 };            /* commands to workers */

static void worker(void *a)
{
    int64_t id = mesh_msg_get_i64(a), flags = mesh_msg_get_i64(a);
    /* before its first switch-out: a failed start (OTP's crash in init) */
    if (flags & FAIL_AT_START) mesh_actor_exit_self(MESH_REASON_CUSTOM, S("init failed"));
    if (flags & TRAP) mesh_actor_trap_exit(1);
    mesh_println(cat(S("start "), I(id)));
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, id);
    mesh_msg_put_i64(m, mesh_actor_self());
    mesh_actor_send(g_main, m);
    for (;;) {
        while (!mesh_receive_wait(0, -1)) {}
        int64_t kind = mesh_mailbox_kind(0);
        int64_t cmd = mesh_msg_get_i64(mesh_mailbox_at(0));
        mesh_mailbox_remove(0);
        if (kind == MESH_MSG_EXIT) {
            if (flags & STUBBORN) continue;
            mesh_println(cat(S("stop "), I(id)));
            return;
        }
        if (cmd == CRASH) mesh_actor_exit_self(MESH_REASON_CUSTOM, S("crash"));
        if (cmd == FINISH) return;
    }
}

/* a start closure: { code, id, flags } */
static int64_t start_worker(void *closure)
{
    int64_t *c = closure;
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, c[1]);
    mesh_msg_put_i64(m, c[2]);
    return mesh_actor_spawn(worker, m);
}

/* a start closure that panics before it spawns anything: { code } */
static int64_t start_panicking(void *closure)
{
    (void)closure;
    static const char msg[] = "no start today", file[] = "supervisor.c";
    mesh_panic((const uint8_t *)msg, (int64_t)sizeof msg - 1, (const uint8_t *)file, (int64_t)sizeof file - 1, __LINE__);
}

/* simple_one_for_one: the arguments (id) come from the start_child request; ids from 100 on
 * fail to start */
static int64_t starter(void *closure, void *reader)
{
    (void)closure;
    void *m = mesh_msg_new();
    int64_t id = mesh_msg_get_i64(reader);
    mesh_msg_put_i64(m, id);
    mesh_msg_put_i64(m, id >= 100 ? FAIL_AT_START : 0);
    return mesh_actor_spawn(worker, m);
}

static void sup_entry(void *a);

/* a start closure for a nested supervisor: { code, config } */
static int64_t start_sup(void *closure)
{
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, ((int64_t *)closure)[1]);
    int64_t pid = mesh_actor_spawn(sup_entry, m);
    mesh_supervisor_mark(pid, S("TestSupervisor"));
    return pid;
}

/* Pool.start_child: Ok(pid) -> pid, Err -> 0 */
static int64_t start_child_pid(int64_t sup, void *args)
{
    const uint64_t *result = mesh_supervisor_start_child(sup, args, S("TestSupervisor"));
    return result[0] == 0 ? (int64_t)result[1] : 0;
}

static int64_t *spec_new(int64_t strategy, int64_t max_restarts, int64_t max_seconds, int64_t n)
{
    int64_t *s = mesh_alloc(8 * (7 + 5 * n));
    s[0] = strategy; s[1] = max_restarts; s[2] = max_seconds; s[3] = n; s[4] = 0; s[5] = 0;
    s[6] = (int64_t)S("TestSupervisor");
    return s;
}

/* the child's id in the spec table: "w<id>" */
static int64_t child_id(int64_t id)
{
    char buf[24];
    int n = snprintf(buf, sizeof buf, "w%lld", (long long)id);
    return (int64_t)mesh_string_new((const uint8_t *)buf, n);
}

static void spec_child(int64_t *s, int64_t i, int64_t id, int64_t flags, int64_t restart, int64_t shutdown)
{
    int64_t *c = mesh_alloc(24);
    c[0] = (int64_t)(void *)start_worker; c[1] = id; c[2] = flags;
    int64_t *slots = s + 7 + 5 * i;
    slots[0] = (int64_t)c; slots[1] = restart; slots[2] = shutdown; slots[3] = child_id(id); slots[4] = 0;
}

enum { PERMANENT, TRANSIENT, TEMPORARY };
enum { ONE_FOR_ONE, ONE_FOR_ALL, REST_FOR_ONE, SIMPLE };

static void sup_entry(void *a)
{
    int64_t config = mesh_msg_get_i64(a), *s;
    switch (config) {
    case 1: case 2: case 3: /* three trapping permanent workers */
        s = spec_new(config == 1 ? ONE_FOR_ONE : config == 2 ? ONE_FOR_ALL : REST_FOR_ONE, 3, 5, 3);
        for (int i = 0; i < 3; i++) spec_child(s, i, i + 1, TRAP, PERMANENT, 1000);
        break;
    case 4: /* intensity: at most 2 restarts in 60 s */
        s = spec_new(ONE_FOR_ONE, 2, 60, 1);
        spec_child(s, 0, 1, 0, PERMANENT, 1000);
        break;
    case 5: /* restart types */
        s = spec_new(ONE_FOR_ONE, 10, 5, 3);
        spec_child(s, 0, 1, 0, TRANSIENT, 1000);
        spec_child(s, 1, 2, 0, TEMPORARY, 1000);
        spec_child(s, 2, 3, 0, TRANSIENT, 1000);
        break;
    case 6: /* shutdown: ignores it (killed after 100 ms), obeys it, brutal_kill */
        s = spec_new(ONE_FOR_ONE, 3, 5, 3);
        spec_child(s, 0, 1, TRAP | STUBBORN, PERMANENT, 100);
        spec_child(s, 1, 2, TRAP, PERMANENT, 5000);
        spec_child(s, 2, 3, TRAP, PERMANENT, -1);
        break;
    case 7: { /* simple_one_for_one */
        s = spec_new(SIMPLE, 3, 5, 1);
        s[4] = (int64_t)(void *)starter;
        int64_t *c = mesh_alloc(8);
        c[0] = 0;
        s[7] = (int64_t)c; s[8] = PERMANENT; s[9] = 1000; s[10] = child_id(0); s[11] = 0;
        break;
    }
    case 8: { /* nested: worker 1, supervisor 9, worker 4 */
        s = spec_new(ONE_FOR_ONE, 3, 5, 3);
        spec_child(s, 0, 1, TRAP, PERMANENT, 1000);
        int64_t *c = mesh_alloc(16);
        c[0] = (int64_t)(void *)start_sup; c[1] = 9;
        s[12] = (int64_t)c; s[13] = PERMANENT; s[14] = 1000; s[15] = child_id(9); s[16] = 1;
        spec_child(s, 2, 4, TRAP, PERMANENT, 1000);
        break;
    }
    case 10: /* a declared child whose start function panics: the supervisor fails to start */
    case 11: { /* ... or whose child exits before it acknowledges its start */
        s = spec_new(ONE_FOR_ONE, 3, 5, 3);
        spec_child(s, 0, 1, TRAP, PERMANENT, 1000);
        spec_child(s, 1, 2, config == 11 ? FAIL_AT_START : 0, PERMANENT, 1000);
        if (config == 10) {
            int64_t *c = mesh_alloc(8);
            c[0] = (int64_t)(void *)start_panicking;
            s[7 + 5] = (int64_t)c;
        }
        spec_child(s, 2, 3, TRAP, PERMANENT, 1000);
        break;
    }
    default: /* 9: the nested one */
        s = spec_new(ONE_FOR_ONE, 3, 5, 2);
        spec_child(s, 0, 2, TRAP, PERMANENT, 1000);
        spec_child(s, 1, 3, TRAP, PERMANENT, 1000);
        break;
    }
    mesh_supervisor_run(s);
}

static int64_t pids[10];

/* waits for the report of worker `id` (reports of others first mean a wrong order) */
static void started(int64_t id)
{
    int64_t i = 0;
    void *m = wait_kind(MESH_MSG_USER, 10000, &i);
    if (!m) { say("no report"); return; }
    int64_t got = mesh_msg_get_i64(m), pid = mesh_msg_get_i64(m);
    mesh_mailbox_remove(i);
    if (got != id) mesh_println(cat(S("expected a report from "), cat(I(id), cat(S(" but got one from "), I(got)))));
    pids[got] = pid;
}

static void send_cmd(int64_t id, int64_t cmd) { send_i64(pids[id], cmd); }

/* waits for the DOWN of ref: "<what> down <kind> <text>" */
static MeshString *down_text(int64_t ref, const char *what)
{
    int64_t i = 0;
    for (;;) {
        void *m = wait_kind(MESH_MSG_DOWN, 10000, &i);
        if (!m) return cat(S(what), S(" no DOWN"));
        if (mesh_msg_get_i64(m) != ref) { i++; continue; }
        mesh_msg_get_i64(m);
        int64_t kind = mesh_msg_get_i64(m);
        MeshString *text = mesh_msg_get_string(m);
        mesh_mailbox_remove(i);
        return cat(S(what), cat(S(" down "), cat(I(kind), cat(S(" "), text))));
    }
}

static void down(int64_t ref, const char *what) { mesh_println(down_text(ref, what)); }

static int64_t start_sup_config(int64_t config, int64_t *ref)
{
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, config);
    int64_t sup = mesh_actor_spawn(sup_entry, m);
    mesh_supervisor_mark(sup, S("TestSupervisor")); /* as generated code does for spawn(Name) */
    *ref = mesh_process_monitor(sup);
    return sup;
}

static void strategy(int64_t config, const char *name)
{
    say(name);
    int64_t ref, sup = start_sup_config(config, &ref);
    started(1); started(2); started(3);
    int64_t old1 = pids[1], old3 = pids[3];
    send_cmd(2, CRASH);
    if (config != 2) { started(2); if (config == 3) started(3); }
    else { started(1); started(2); started(3); }
    mesh_println(cat(S("same 1: "), cat(I(pids[1] == old1), cat(S(", same 3: "), I(pids[3] == old3)))));
    mesh_actor_exit(sup, MESH_REASON_SHUTDOWN, NULL);
    down(ref, "supervisor");
}

static void mesh_main(void *args)
{
    (void)args;
    g_main = mesh_actor_self();
    strategy(1, "one_for_one");
    strategy(2, "one_for_all");
    strategy(3, "rest_for_one");

    say("intensity");
    int64_t ref, sup = start_sup_config(4, &ref);
    started(1);
    send_cmd(1, CRASH); started(1);
    send_cmd(1, CRASH); started(1);
    int64_t last = pids[1];
    send_cmd(1, CRASH);
    down(ref, "supervisor");
    mesh_println(cat(S("last child alive: "), I(mesh_process_alive(last))));

    say("restart types");
    sup = start_sup_config(5, &ref);
    started(1); started(2); started(3);
    int64_t r1 = mesh_process_monitor(pids[1]);
    send_cmd(1, FINISH);            /* transient, normal: not restarted */
    down(r1, "transient 1");
    send_cmd(3, CRASH);             /* transient, crash: restarted (a restarted 1 would report first) */
    started(3);
    int64_t r2 = mesh_process_monitor(pids[2]);
    send_cmd(2, CRASH);             /* temporary: not restarted */
    down(r2, "temporary 2");
    send_cmd(3, CRASH);
    started(3);
    mesh_actor_exit(sup, MESH_REASON_SHUTDOWN, NULL);
    down(ref, "supervisor");

    say("shutdown");
    sup = start_sup_config(6, &ref);
    started(1); started(2); started(3);
    int64_t m1 = mesh_process_monitor(pids[1]), m2 = mesh_process_monitor(pids[2]), m3 = mesh_process_monitor(pids[3]);
    mesh_actor_exit(sup, MESH_REASON_CUSTOM, S("enough"));
    MeshString *d3 = down_text(m3, "brutal_kill 3"), *d2 = down_text(m2, "obedient 2"), *d1 = down_text(m1, "stubborn 1");
    down(ref, "supervisor");
    mesh_println(d3); mesh_println(d2); mesh_println(d1);

    say("simple_one_for_one");
    sup = start_sup_config(7, &ref);
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, 7);
    int64_t p7 = start_child_pid(sup, a);
    started(7);
    mesh_println(cat(S("start_child returned the child: "), I(p7 == pids[7] && p7 > 0)));
    a = mesh_msg_new();
    mesh_msg_put_i64(a, 8);
    start_child_pid(sup, a);
    started(8);
    send_cmd(7, CRASH);
    started(7);
    mesh_println(cat(S("restarted with its arguments: "), I(pids[7] != p7)));
    mesh_actor_exit(sup, MESH_REASON_SHUTDOWN, NULL);
    down(ref, "supervisor");
    a = mesh_msg_new();
    mesh_msg_put_i64(a, 9);
    mesh_println(cat(S("start_child on a dead supervisor: "), I(start_child_pid(sup, a))));

    say("failed starts");
    sup = start_sup_config(7, &ref);
    a = mesh_msg_new();
    mesh_msg_put_i64(a, 100);
    const uint64_t *failed = mesh_supervisor_start_child(sup, a, S("TestSupervisor"));
    mesh_println(cat(S("start_child failed: "), failed[0] == 1 ? (MeshString *)failed[1] : S("no")));
    a = mesh_msg_new();
    mesh_msg_put_i64(a, 7);
    start_child_pid(sup, a);
    started(7); /* still up, and the failure was no restart */
    mesh_actor_exit(sup, MESH_REASON_SHUTDOWN, NULL);
    down(ref, "supervisor");
    for (int64_t config = 10; config <= 11; config++) {
        sup = start_sup_config(config, &ref);
        started(1);
        down(ref, "supervisor");
    }

    say("nested");
    sup = start_sup_config(8, &ref);
    started(1); started(2); started(3); started(4);
    send_cmd(3, CRASH);
    started(3);
    mesh_actor_exit(sup, MESH_REASON_SHUTDOWN, NULL);
    down(ref, "supervisor");

    mesh_println(cat(S("mailbox empty: "), I(mesh_mailbox_at(0) == NULL)));
    mesh_println(cat(S("actors left "), I(mesh_rt_debug_actor_count())));
}

MESH_MAIN(mesh_main)
