/* Coroutine stress test: thousands of actors on several workers doing many
 * send/receive round trips, allocating, with forced full .NET GCs inside runtime
 * calls, checking that every value survives every switch and migration.
 * usage: stress [clients=2000] [rounds=50] [servers=16] [gc_every=8] */
#include "mesh_abi.h"
#include <stdlib.h>

static int64_t CLIENTS = 2000, ROUNDS = 50, SERVERS = 16, GC_EVERY = 8;
enum { REQ = 1, STOP = 2 };

static void server(void *args)
{
    int64_t id = mesh_msg_get_i64(args);
    int64_t handled = 0;
    for (;;) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        int64_t kind = mesh_msg_get_i64(r);
        if (kind == STOP) {
            int64_t parent = mesh_msg_get_i64(r);
            mesh_mailbox_remove(0);
            void *m = mesh_msg_new();
            mesh_msg_put_i64(m, id);
            mesh_msg_put_i64(m, handled);
            mesh_actor_send(parent, m);
            return;
        }
        int64_t from = mesh_msg_get_i64(r);
        int64_t i = mesh_msg_get_i64(r);
        double f = mesh_msg_get_f64(r);
        MeshString *s = mesh_msg_get_string(r);
        mesh_mailbox_remove(0);
        handled++;
        if (handled % (GC_EVERY * 4) == 0) mesh_rt_debug_gc();
        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, i * 2);
        mesh_msg_put_f64(m, f + 0.5);
        mesh_msg_put_string(m, mesh_string_concat(s, S("!")));
        mesh_actor_send(from, m);
    }
}

static void client(void *args)
{
    int64_t id = mesh_msg_get_i64(args);
    int64_t parent = mesh_msg_get_i64(args);
    int64_t nservers = mesh_msg_get_i64(args);
    int64_t *servers = mesh_alloc(nservers * 8);
    for (int64_t k = 0; k < nservers; k++) servers[k] = mesh_msg_get_i64(args);

    int64_t me = mesh_actor_self();
    int64_t sum = 0, errors = 0;
    double acc = (double)id;
    for (int64_t i = 0; i < ROUNDS; i++) {
        /* memory that must stay intact across the round trip */
        int64_t words = 4 + (i % 13);
        int64_t *block = mesh_alloc(words * 8);
        /* gcc -O2 may keep only a biased pointer (block - id*1000003*8) in its loops; this
         * volatile stack slot keeps the real one visible to the conservative collector. */
        int64_t *volatile block_root = block;
        for (int64_t w = 0; w < words; w++) block[w] = id * 1000003 + i * 31 + w;
        MeshString *tag = mesh_string_concat(mesh_int_to_string(id), mesh_string_concat(S("-"), mesh_int_to_string(i)));

        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, REQ);
        mesh_msg_put_i64(m, me);
        mesh_msg_put_i64(m, i);
        mesh_msg_put_f64(m, acc);
        mesh_msg_put_string(m, tag);
        mesh_actor_send(servers[(id + i) % nservers], m);

        if ((i + 1) % GC_EVERY == 0) mesh_rt_debug_gc();
        if (i % 5 == 0) mesh_yield();

        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        int64_t twice = mesh_msg_get_i64(r);
        double f = mesh_msg_get_f64(r);
        MeshString *reply = mesh_msg_get_string(r);
        mesh_mailbox_remove(0);

        if (twice != i * 2) errors++;
        if (f != acc + 0.5) errors++;
        if (!mesh_string_eq(reply, mesh_string_concat(tag, S("!")))) errors++;
        for (int64_t w = 0; w < words; w++)
            if (block[w] != id * 1000003 + i * 31 + w) errors++;
        if (mesh_actor_self() != me) errors++;
        if (block_root != block) errors++;
        sum += twice;
        acc = acc * 0.5 + (double)i;
    }
    void *done = mesh_msg_new();
    mesh_msg_put_i64(done, sum);
    mesh_msg_put_i64(done, errors);
    mesh_actor_send(parent, done);
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t me = mesh_actor_self();
    int64_t *servers = mesh_alloc(SERVERS * 8);
    for (int64_t k = 0; k < SERVERS; k++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, k);
        servers[k] = mesh_actor_spawn(server, a);
    }
    for (int64_t c = 0; c < CLIENTS; c++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, c);
        mesh_msg_put_i64(a, me);
        mesh_msg_put_i64(a, SERVERS);
        for (int64_t k = 0; k < SERVERS; k++) mesh_msg_put_i64(a, servers[k]);
        mesh_actor_spawn(client, a);
        if (c % 100 == 0) mesh_rt_debug_gc();
    }
    int64_t total = 0, errors = 0;
    for (int64_t c = 0; c < CLIENTS; c++) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        total += mesh_msg_get_i64(r);
        errors += mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
    }
    for (int64_t k = 0; k < SERVERS; k++) {
        void *m = mesh_msg_new();
        mesh_msg_put_i64(m, STOP);
        mesh_msg_put_i64(m, me);
        mesh_actor_send(servers[k], m);
    }
    int64_t handled = 0;
    for (int64_t k = 0; k < SERVERS; k++) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        mesh_msg_get_i64(r);
        handled += mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
    }
    mesh_println(mesh_string_concat(S("total "), mesh_int_to_string(total)));
    mesh_println(mesh_string_concat(S("expected "), mesh_int_to_string(CLIENTS * ROUNDS * (ROUNDS - 1))));
    mesh_println(mesh_string_concat(S("handled "), mesh_int_to_string(handled)));
    mesh_println(mesh_string_concat(S("errors "), mesh_int_to_string(errors)));
}

int main(int argc, char **argv)
{
    if (argc > 1) CLIENTS = atol(argv[1]);
    if (argc > 2) ROUNDS = atol(argv[2]);
    if (argc > 3) SERVERS = atol(argv[3]);
    if (argc > 4) GC_EVERY = atol(argv[4]);
    return mesh_rt_main(argc, argv, mesh_main);
}
