/* Message soak: S senders each send N messages spread round-robin over R receivers,
 * on all workers. Every receiver checks per-sender FIFO order (Erlang guarantees
 * order between a pair of processes) and reports count and sum; main checks that
 * nothing was lost or duplicated.
 * Usage: soak [senders=8] [receivers=8] [per_sender=125000]   (8 x 125000 = 1M messages)
 * The 10-million-message soak: soak 10 10 1000000 */
#include "mesh_abi.h"
#include <stdlib.h>

static int64_t S_, R_, N_;

static void receiver(void *a)
{
    int64_t parent = mesh_msg_get_i64(a);
    int64_t *last = calloc((size_t)S_, sizeof *last);
    for (int64_t s = 0; s < S_; s++) last[s] = -1;
    int64_t count = 0, sum = 0, errors = 0, done = 0;
    while (done < S_) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        int64_t s = mesh_msg_get_i64(r), seq = mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
        if (seq < 0) { done++; continue; }
        if (s < 0 || s >= S_ || seq <= last[s]) errors++;
        else last[s] = seq;
        count++;
        sum += seq;
        mesh_reduction_tick();
    }
    free(last);
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, count);
    mesh_msg_put_i64(m, sum);
    mesh_msg_put_i64(m, errors);
    mesh_actor_send(parent, m);
}

static void sender(void *a)
{
    int64_t s = mesh_msg_get_i64(a);
    int64_t *recv = malloc((size_t)R_ * sizeof *recv);
    for (int64_t r = 0; r < R_; r++) recv[r] = mesh_msg_get_i64(a);
    for (int64_t seq = 0; seq < N_; seq++) {
        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, s);
        mesh_msg_put_i64(m, seq);
        mesh_actor_send(recv[(seq + s) % R_], m);
        mesh_reduction_tick();
    }
    for (int64_t r = 0; r < R_; r++) {
        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, s);
        mesh_msg_put_i64(m, -1);
        mesh_actor_send(recv[r], m);
    }
    free(recv);
}

static char **g_argv;
static int g_argc;

static void mesh_main(void *args)
{
    (void)args;
    S_ = g_argc > 1 ? atoll(g_argv[1]) : 8;
    R_ = g_argc > 2 ? atoll(g_argv[2]) : 8;
    N_ = g_argc > 3 ? atoll(g_argv[3]) : 125000;
    int64_t me = mesh_actor_self();
    int64_t *recv = malloc((size_t)R_ * sizeof *recv);
    for (int64_t r = 0; r < R_; r++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, me);
        recv[r] = mesh_actor_spawn(receiver, a);
    }
    for (int64_t s = 0; s < S_; s++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, s);
        for (int64_t r = 0; r < R_; r++) mesh_msg_put_i64(a, recv[r]);
        mesh_actor_spawn(sender, a);
    }
    int64_t count = 0, sum = 0, errors = 0;
    for (int64_t r = 0; r < R_; r++) {
        while (!mesh_receive_wait(0, -1)) {}
        void *m = mesh_mailbox_at(0);
        count += mesh_msg_get_i64(m);
        sum += mesh_msg_get_i64(m);
        errors += mesh_msg_get_i64(m);
        mesh_mailbox_remove(0);
    }
    free(recv);
    mesh_println(cat(S("messages "), I(count)));
    mesh_println(cat(S("expected "), I(S_ * N_)));
    mesh_println(cat(S("sum ok "), I(sum == S_ * (N_ * (N_ - 1) / 2))));
    mesh_println(cat(S("order errors "), I(errors)));
}

int main(int argc, char **argv)
{
    g_argc = argc;
    g_argv = argv;
    return mesh_rt_main(argc, argv, mesh_main);
}
