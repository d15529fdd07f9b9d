/* Service and job plumbing: requests (kind 6) reach only the request loop, mesh_reply_wait
   finds a reply by ref or a DOWN by ref or pid and leaves everything else alone, times out,
   and a registered cleanup (terminate block) runs when an actor panics. */
#include <stdio.h>
#include "mesh_abi.h"

/* Serves requests {tag, caller, ref, n}: tag 0 replies {ref, n * 10}; tag 1 panics; tag 2
   replies after 300 ms. Entries of any other kind are counted and left alone. */
static void server(void *args)
{
    (void)args;
    for (;;) {
        int64_t i = 0, others = 0;
        void *r;
        for (;;) {
            while ((r = mesh_mailbox_at(i)) != NULL && mesh_mailbox_kind(i) != MESH_MSG_REQUEST) { i++; others++; }
            if (r) break;
            mesh_receive_wait(i, -1);
        }
        int64_t tag = mesh_msg_get_i64(r), caller = mesh_msg_get_i64(r), ref = mesh_msg_get_i64(r), n = mesh_msg_get_i64(r);
        mesh_mailbox_remove(i);
        if (tag == 1) mesh_panic_string(cat(S("bad request "), I(n)), S("services.mpl"), 9);
        if (tag == 2) mesh_timer_sleep(300);
        void *reply = mesh_msg_new();
        mesh_msg_put_i64(reply, ref);
        mesh_msg_put_i64(reply, n * 10 + others);
        mesh_actor_send_reply(caller, reply);
    }
}

static void request(int64_t server_pid, int64_t tag, int64_t ref, int64_t n)
{
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, tag);
    mesh_msg_put_i64(m, mesh_actor_self());
    mesh_msg_put_i64(m, ref);
    mesh_msg_put_i64(m, n);
    mesh_actor_send_request(server_pid, m);
}

static void cleanup(void *args)
{
    int64_t token = mesh_msg_get_i64(args);
    printf("cleanup ran with %lld\n", (long long)token);
    fflush(stdout);
}

static void crasher(void *args)
{
    mesh_actor_on_exit(cleanup);
    (void)mesh_msg_get_i64(args);
    mesh_panic((const uint8_t *)"crash", 5, (const uint8_t *)"c.mpl", 5, 1);
}

static void calm(void *args)
{
    (void)args;
    mesh_actor_on_exit(cleanup);
    mesh_actor_on_exit(NULL); /* cleared: nothing runs */
    mesh_panic((const uint8_t *)"calm", 4, (const uint8_t *)"c.mpl", 5, 2);
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    int64_t s = mesh_actor_spawn(server, mesh_msg_new());
    send_i64(me, 42);              /* our own message: must survive everything below */
    send_i64(s, 7);                /* an ordinary message to the server: not a request */
    int64_t mref = mesh_process_monitor(s);
    request(s, 0, mref, 1);
    request(s, 0, mref + 1000, 2);
    int64_t second = mesh_reply_wait(mref + 1000, mref, 0, -1);
    int64_t first_kind = mesh_mailbox_kind(second);
    void *r = mesh_mailbox_at(second);
    int64_t ref2 = mesh_msg_get_i64(r), v2 = mesh_msg_get_i64(r);
    mesh_mailbox_remove(second);
    int64_t first = mesh_reply_wait(mref, mref, 0, -1);
    r = mesh_mailbox_at(first);
    (void)mesh_msg_get_i64(r);
    int64_t v1 = mesh_msg_get_i64(r);
    mesh_mailbox_remove(first);
    printf("replies by ref kind %lld ref ok %d values %lld %lld\n", (long long)first_kind, ref2 == mref + 1000, (long long)v1, (long long)v2);

    /* a slow reply: the wait times out, then the late reply is still found by its ref */
    request(s, 2, 77, 3);
    int64_t timed = mesh_reply_wait(77, mref, 0, 100);
    printf("timeout %lld\n", (long long)timed);
    int64_t late = mesh_reply_wait(77, mref, 0, -1);
    r = mesh_mailbox_at(late);
    (void)mesh_msg_get_i64(r);
    printf("late reply %lld\n", (long long)mesh_msg_get_i64(r));
    mesh_mailbox_remove(late);

    /* the server crashes on request 1: the waiting caller gets the DOWN instead of a reply */
    request(s, 1, 88, 5);
    int64_t down = mesh_reply_wait(88, mref, 0, -1);
    r = mesh_mailbox_at(down);
    int64_t dref = mesh_msg_get_i64(r), dpid = mesh_msg_get_i64(r), kind = mesh_msg_get_i64(r);
    MeshString *text = mesh_msg_get_string(r);
    printf("down kind %lld ref ok %d pid ok %d reason %lld %.*s\n", (long long)mesh_mailbox_kind(down), dref == mref, dpid == s,
           (long long)kind, (int)text->len, (const char *)text->bytes);
    mesh_mailbox_remove(down);

    /* a DOWN found by pid (the ref is not known), and a cleanup that runs at the panic */
    int64_t ref_unused = 0;
    void *cargs = mesh_msg_new();
    mesh_msg_put_i64(cargs, 31);
    int64_t c = mesh_actor_spawn_monitor(crasher, cargs, &ref_unused);
    int64_t byPid = mesh_reply_wait(0, 0, c, -1);
    r = mesh_mailbox_at(byPid);
    (void)mesh_msg_get_i64(r);
    int64_t cpid = mesh_msg_get_i64(r), ckind = mesh_msg_get_i64(r);
    printf("down by pid ok %d reason %lld\n", cpid == c, (long long)ckind);
    mesh_mailbox_remove(byPid);
    int64_t q = mesh_actor_spawn_monitor(calm, mesh_msg_new(), &ref_unused);
    int64_t calmDown = mesh_reply_wait(0, 0, q, -1);
    mesh_mailbox_remove(calmDown);

    r = mesh_mailbox_at(0);
    printf("own message kept kind %lld value %lld, nothing else %d\n", (long long)mesh_mailbox_kind(0),
           (long long)(r ? mesh_msg_get_i64(r) : -1), mesh_mailbox_at(1) == NULL);
    fflush(stdout);
}

MESH_MAIN(mesh_main)
