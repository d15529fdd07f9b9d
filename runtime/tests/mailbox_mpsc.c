/* Many producers, one consumer: the lock-free inbox of a mailbox (Actors/Mailbox.cs).
 * P producers each send N messages {producer, seq, check} to one sink, on all workers, as fast
 * as they can. Every 5th message (seq % 5 == 0) is sent as a reply (kind 5), every 7th carries
 * a string that does not fit in the message block's inline bytes, and every 100th also goes to
 * an actor that has already exited (its mailbox is closed: the send must be dropped).
 * Producers yield every 50 messages and the sink every 256, so that messages of many producers
 * interleave in the mailbox even on one worker.
 * The sink takes most messages from the front (index 0), but every 16th receive takes the
 * oldest message of the producer of the 32nd entry (or the last one), usually from the middle
 * (selective receive).
 * It checks, per producer, that seq arrives as 0, 1, 2, ... (nothing lost, duplicated or out
 * of order, whichever way it was taken), that each entry's kind and check word are right and
 * that every string is intact.
 * Usage: mailbox_mpsc [producers=64] [per_producer=20000]
 * Output: "messages P*N", "order errors 0", "kind errors 0", "content errors 0",
 *         "selective takes ok 1". */
#include "mesh_abi.h"
#include <stdlib.h>

static int64_t P_ = 64, N_ = 20000;
static const char *PAD = "a string longer than the twenty-four inline bytes of a message block";

static int64_t check_word(int64_t p, int64_t seq) { return p * 1000003 + seq * 7 + 1; }

static void gone(void *a)
{
    (void)a;
    /* exits at once: later sends to it find a closed mailbox */
}

static void producer(void *a)
{
    int64_t sink = mesh_msg_get_i64(a), dead = mesh_msg_get_i64(a), p = mesh_msg_get_i64(a);
    for (int64_t seq = 0; seq < N_; seq++) {
        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, p);
        mesh_msg_put_i64(m, seq);
        mesh_msg_put_i64(m, check_word(p, seq));
        if (seq % 7 == 0) mesh_msg_put_string(m, S(PAD));
        if (seq % 5 == 0) mesh_actor_send_reply(sink, m);
        else mesh_actor_send(sink, m);
        if (seq % 100 == 0) send_i64(dead, seq);
        if (seq % 50 == 49) mesh_yield();
        else mesh_reduction_tick();
    }
}

/* Checks the entry at index (a reader from mesh_mailbox_at), then removes it. */
static void take(int64_t index, void *r, int64_t *next, int64_t *order, int64_t *kinds, int64_t *content)
{
    int64_t kind = mesh_mailbox_kind(index);
    int64_t p = mesh_msg_get_i64(r), seq = mesh_msg_get_i64(r), check = mesh_msg_get_i64(r);
    if (p < 0 || p >= P_ || check != check_word(p, seq)) {
        (*content)++;
    } else {
        if (seq != next[p]) (*order)++;
        next[p] = seq + 1;
        if (kind != (seq % 5 == 0 ? 5 : 0)) (*kinds)++;
        if (seq % 7 == 0 && !mesh_string_eq(mesh_msg_get_string(r), S(PAD))) (*content)++;
    }
    mesh_mailbox_remove(index);
}

static void sink(void *a)
{
    int64_t parent = mesh_msg_get_i64(a);
    int64_t *next = calloc((size_t)P_, sizeof *next);
    int64_t total = P_ * N_, count = 0, order = 0, kinds = 0, content = 0, selective = 0;
    while (count < total) {
        while (!mesh_receive_wait(0, -1)) {}
        int64_t index = 0;
        void *r = mesh_mailbox_at(0);
        if (count % 16 == 15) {
            /* the oldest message of the producer of the last of the first 32 entries */
            int64_t last = 0;
            while (last < 31 && mesh_mailbox_at(last + 1) != NULL) last++;
            int64_t want = mesh_msg_get_i64(mesh_mailbox_at(last));
            for (index = 0; index < last; index++)
                if (mesh_msg_get_i64(mesh_mailbox_at(index)) == want) break;
            if (index > 0) selective++;
            r = mesh_mailbox_at(index);
        }
        take(index, r, next, &order, &kinds, &content);
        count++;
        /* now and then let every producer run, so that their messages pile up interleaved */
        if (count % 256 == 0) mesh_yield();
        else mesh_reduction_tick();
    }
    for (int64_t p = 0; p < P_; p++)
        if (next[p] != N_) order++;
    free(next);
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, count);
    mesh_msg_put_i64(m, order);
    mesh_msg_put_i64(m, kinds);
    mesh_msg_put_i64(m, content);
    mesh_msg_put_i64(m, selective);
    mesh_actor_send(parent, m);
}

static void mesh_main(void *args)
{
    (void)args;
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, mesh_actor_self());
    int64_t to = mesh_actor_spawn(sink, a);
    int64_t dead = mesh_actor_spawn(gone, NULL);
    for (int64_t p = 0; p < P_; p++) {
        void *b = mesh_msg_new();
        mesh_msg_put_i64(b, to);
        mesh_msg_put_i64(b, dead);
        mesh_msg_put_i64(b, p);
        mesh_actor_spawn(producer, b);
    }
    while (!mesh_receive_wait(0, -1)) {}
    void *r = mesh_mailbox_at(0);
    int64_t count = mesh_msg_get_i64(r), order = mesh_msg_get_i64(r), kinds = mesh_msg_get_i64(r);
    int64_t content = mesh_msg_get_i64(r), selective = mesh_msg_get_i64(r);
    mesh_mailbox_remove(0);
    mesh_println(cat(S("messages "), I(count)));
    mesh_println(cat(S("order errors "), I(order)));
    mesh_println(cat(S("kind errors "), I(kinds)));
    mesh_println(cat(S("content errors "), I(content)));
    mesh_println(cat(S("selective takes ok "), I(selective > 0)));
}

int main(int argc, char **argv)
{
    if (argc > 1) P_ = atoll(argv[1]);
    if (argc > 2) N_ = atoll(argv[2]);
    return mesh_rt_main(argc, argv, mesh_main);
}
