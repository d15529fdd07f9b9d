/* Replies (mailbox kind 5) travel next to ordinary messages without being mistaken for them:
   a caller finds its reply by kind and ref, in any order, while its user messages stay. */
#include <stdio.h>
#include "mesh_abi.h"

/* The server answers each request {ref, caller, n} with the reply {ref, n * 10}. */
static void server(void *args)
{
    (void)args;
    for (int handled = 0; handled < 3; handled++) {
        void *r;
        while ((r = mesh_mailbox_at(0)) == NULL) mesh_receive_wait(0, -1);
        int64_t ref = mesh_msg_get_i64(r), caller = mesh_msg_get_i64(r), n = mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
        void *reply = mesh_msg_new();
        mesh_msg_put_i64(reply, ref);
        mesh_msg_put_i64(reply, n * 10);
        mesh_actor_send_reply(caller, reply);
    }
}

/* Waits for the reply carrying `ref`, skipping everything else. */
static int64_t await_reply(int64_t ref)
{
    int64_t seen = 0;
    for (;;) {
        void *m;
        for (; (m = mesh_mailbox_at(seen)) != NULL; seen++) {
            if (mesh_mailbox_kind(seen) == 5 && mesh_msg_get_i64(m) == ref) {
                int64_t value = mesh_msg_get_i64(m);
                mesh_mailbox_remove(seen);
                return value;
            }
        }
        mesh_receive_wait(seen, -1);
    }
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    int64_t s = mesh_actor_spawn(server, mesh_msg_new());
    /* an ordinary message of our own, which must survive the reply handling */
    void *mine = mesh_msg_new();
    mesh_msg_put_i64(mine, 42);
    mesh_actor_send(me, mine);
    for (int64_t ref = 1; ref <= 3; ref++) {
        void *req = mesh_msg_new();
        mesh_msg_put_i64(req, ref);
        mesh_msg_put_i64(req, me);
        mesh_msg_put_i64(req, ref + 1);
        mesh_actor_send(s, req);
    }
    /* replies are taken out of order, by ref */
    int64_t third = await_reply(3), first = await_reply(1), second = await_reply(2);
    printf("replies %lld %lld %lld\n", (long long)first, (long long)second, (long long)third);
    void *m = mesh_mailbox_at(0);
    printf("own message kept kind %lld value %lld\n", (long long)mesh_mailbox_kind(0), (long long)(m ? mesh_msg_get_i64(m) : -1));
    printf("nothing else left %d\n", mesh_mailbox_at(1) == NULL);
}

MESH_MAIN(mesh_main)
