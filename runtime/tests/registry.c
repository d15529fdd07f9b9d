/* The name registry and Process.alive, with Erlang's rules. */
#include "mesh_abi.h"

static void waits(void *a) { (void)a; for (;;) mesh_receive_wait(0, -1); }
static void quits_on_message(void *a) { (void)a; recv_i64(); }

static void registers_itself(void *a)
{
    (void)a;
    mesh_println(cat(S("self register "), I(mesh_process_register(S("worker"), mesh_actor_self()))));
    recv_i64();
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    mesh_println(cat(S("whereis none "), I(mesh_process_whereis(S("db")))));
    int64_t a = mesh_actor_spawn(quits_on_message, NULL);
    int64_t b = mesh_actor_spawn(waits, NULL);
    mesh_println(cat(S("register a "), I(mesh_process_register(S("db"), a))));
    mesh_println(cat(S("whereis db is a "), I(mesh_process_whereis(S("db")) == a)));
    mesh_println(cat(S("name taken "), I(mesh_process_register(S("db"), b))));
    mesh_println(cat(S("a already named "), I(mesh_process_register(S("db2"), a))));
    mesh_println(cat(S("unregister "), I(mesh_process_unregister(S("db")))));
    mesh_println(cat(S("unregister again "), I(mesh_process_unregister(S("db")))));
    mesh_println(cat(S("register b "), I(mesh_process_register(S("db"), b))));
    mesh_println(cat(S("register a elsewhere "), I(mesh_process_register(S("cache"), a))));
    mesh_println(cat(S("register main "), I(mesh_process_register(S("main"), me))));
    mesh_println(cat(S("whereis main "), I(mesh_process_whereis(S("main")) == me)));

    /* a name is released when its actor exits */
    int64_t ref = mesh_process_monitor(a);
    mesh_println(cat(S("alive a "), I(mesh_process_alive(a))));
    send_i64(a, 0);
    int64_t i = 0;
    wait_kind(MESH_MSG_DOWN, 5000, &i);
    mesh_mailbox_remove(i);
    (void)ref;
    mesh_println(cat(S("alive a after exit "), I(mesh_process_alive(a))));
    mesh_println(cat(S("cache released "), I(mesh_process_whereis(S("cache")))));
    mesh_println(cat(S("register dead pid "), I(mesh_process_register(S("ghost"), a))));
    mesh_println(cat(S("register unknown pid "), I(mesh_process_register(S("ghost"), 424242))));
    mesh_println(cat(S("alive unknown "), I(mesh_process_alive(424242))));
    mesh_println(cat(S("alive self "), I(mesh_process_alive(me))));
    mesh_actor_exit(b, MESH_REASON_KILLED, NULL);
    mesh_println(cat(S("alive b right after kill "), I(mesh_process_alive(b))));
    for (int n = 0; n < 100 && mesh_process_whereis(S("db")) != 0; n++) mesh_receive_wait(0, 5);
    mesh_println(cat(S("db released "), I(mesh_process_whereis(S("db")))));

    /* an actor registers itself; the name can be reused after it exits */
    int64_t c = mesh_actor_spawn(registers_itself, NULL);
    while (mesh_process_whereis(S("worker")) == 0) mesh_receive_wait(0, 2);
    mesh_println(cat(S("worker is c "), I(mesh_process_whereis(S("worker")) == c)));
    send_i64(mesh_process_whereis(S("worker")), 1);
    while (mesh_process_whereis(S("worker")) != 0) mesh_receive_wait(0, 2);
    int64_t d = mesh_actor_spawn(waits, NULL);
    mesh_println(cat(S("reuse worker name "), I(mesh_process_register(S("worker"), d))));
    mesh_println(cat(S("main already named "), I(mesh_process_register(S("other"), me))));
    mesh_actor_exit(d, MESH_REASON_KILLED, NULL);
}
MESH_MAIN(mesh_main)
