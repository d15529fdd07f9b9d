/* A panic in a spawned actor kills only that actor. */
#include "mesh_abi.h"

static void crasher(void *args)
{
    int64_t parent = mesh_msg_get_i64(args);
    for (int i = 0; i < 100; i++) mesh_alloc(1000); /* memory that must be released */
    send_i64(parent, 1);
    const char *msg = "crasher failed";
    const char *file = "worker.mpl";
    mesh_panic((const uint8_t *)msg, (int64_t)strlen(msg), (const uint8_t *)file, (int64_t)strlen(file), 12);
}

static void echo(void *args)
{
    (void)args;
    for (;;) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        int64_t from = mesh_msg_get_i64(r), v = mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
        send_i64(from, v * 2);
    }
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    int64_t e = mesh_actor_spawn(echo, NULL);
    for (int k = 0; k < 3; k++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, me);
        int64_t c = mesh_actor_spawn(crasher, a);
        recv_i64();                 /* the crasher is about to panic */
        mesh_receive_wait(0, 20);   /* let it die */
        send_i64(c, 5);             /* sending to a dead actor is silently dropped */
    }
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, me);
    mesh_msg_put_i64(m, 21);
    mesh_actor_send(e, m);
    mesh_println(mesh_string_concat(S("echo says "), mesh_int_to_string(recv_i64())));
    mesh_println(S("main still running"));
}
MESH_MAIN(mesh_main)
