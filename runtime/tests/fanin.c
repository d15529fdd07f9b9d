/* Fan-in: S senders each send M messages to one sink as fast as they can. The sink checks
 * the totals and, before each receive, whether its mailbox holds more than BOUND messages.
 * A send that leaves a long mailbox (Scheduler.LongMailbox, 1024) to a receiver that is not
 * running ends the sender's time slice, so with one worker the mailbox stays near that
 * length (plus at most a message or two per sender) instead of growing to S x M. With two
 * workers a send that leaves that many undrained in a sink running on the other worker ends
 * the slice too, and the sender continues on the sink's worker (Scheduler.Send).
 * Usage: fanin [senders=200] [per_sender=5000] [bound=4096]
 * Output: "messages N", "sum ok 1", "receives over bound K". */
#include "mesh_abi.h"
#include <stdlib.h>

static int64_t S_ = 200, M_ = 5000, BOUND = 4096;

static void sink(void *a)
{
    int64_t parent = mesh_msg_get_i64(a);
    int64_t count = 0, sum = 0, over = 0, total = S_ * M_;
    while (count < total) {
        if (mesh_mailbox_kind(BOUND) != -1) over++;
        sum += recv_i64();
        count++;
        mesh_reduction_tick();
    }
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, count);
    mesh_msg_put_i64(m, sum);
    mesh_msg_put_i64(m, over);
    mesh_actor_send(parent, m);
}

static void sender(void *a)
{
    int64_t to = mesh_msg_get_i64(a), base = mesh_msg_get_i64(a);
    for (int64_t k = 1; k <= M_; k++) {
        send_i64(to, base + k);
        mesh_reduction_tick();
    }
}

static void mesh_main(void *args)
{
    (void)args;
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, mesh_actor_self());
    int64_t to = mesh_actor_spawn(sink, a);
    for (int64_t s = 0; s < S_; s++) {
        void *b = mesh_msg_new();
        mesh_msg_put_i64(b, to);
        mesh_msg_put_i64(b, s * M_);
        mesh_actor_spawn(sender, b);
    }
    while (!mesh_receive_wait(0, -1)) {}
    void *r = mesh_mailbox_at(0);
    int64_t count = mesh_msg_get_i64(r), sum = mesh_msg_get_i64(r), over = mesh_msg_get_i64(r);
    mesh_mailbox_remove(0);
    int64_t total = S_ * M_;
    mesh_println(cat(S("messages "), I(count)));
    mesh_println(cat(S("sum ok "), I(sum == total * (total + 1) / 2)));
    mesh_println(cat(S("receives over bound "), I(over)));
}

int main(int argc, char **argv)
{
    if (argc > 1) S_ = atoll(argv[1]);
    if (argc > 2) M_ = atoll(argv[2]);
    if (argc > 3) BOUND = atoll(argv[3]);
    return mesh_rt_main(argc, argv, mesh_main);
}
