/* Selective receive: take matching messages out of the middle, leave the rest in order. */
#include "mesh_abi.h"

static void send_tagged(int64_t pid, int64_t tag, int64_t v)
{
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, tag);
    mesh_msg_put_i64(m, v);
    mesh_actor_send(pid, m);
}

/* receive the first message whose tag is `tag` (blocking); returns its value */
static int64_t receive_tag(int64_t tag)
{
    int64_t seen = 0;
    for (;;) {
        void *r;
        for (; (r = mesh_mailbox_at(seen)) != NULL; seen++) {
            if (mesh_msg_get_i64(r) == tag) {
                int64_t v = mesh_msg_get_i64(r);
                mesh_mailbox_remove(seen);
                return v;
            }
        }
        mesh_receive_wait(seen, -1);
    }
}

static void late_sender(void *args)
{
    int64_t parent = mesh_msg_get_i64(args);
    mesh_receive_wait(0, 50); /* sleep 50 ms */
    send_tagged(parent, 7, 700);
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    send_tagged(me, 1, 10);
    send_tagged(me, 2, 20);
    send_tagged(me, 1, 11);
    send_tagged(me, 3, 30);
    send_tagged(me, 2, 21);
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, me);
    mesh_actor_spawn(late_sender, a);

    mesh_println(mesh_string_concat(S("tag3 "), mesh_int_to_string(receive_tag(3))));
    mesh_println(mesh_string_concat(S("tag2 "), mesh_int_to_string(receive_tag(2))));
    /* not there yet: waits for the late sender while 3 messages stay queued */
    mesh_println(mesh_string_concat(S("tag7 "), mesh_int_to_string(receive_tag(7))));
    /* what is left, oldest first */
    void *r;
    while ((r = mesh_mailbox_at(0)) != NULL) {
        int64_t t = mesh_msg_get_i64(r), v = mesh_msg_get_i64(r);
        mesh_println(mesh_string_concat(mesh_string_concat(mesh_int_to_string(t), S(":")), mesh_int_to_string(v)));
        mesh_mailbox_remove(0);
    }
    mesh_println(mesh_string_concat(S("empty "), mesh_int_to_string(mesh_mailbox_at(0) == NULL)));
}
MESH_MAIN(mesh_main)
