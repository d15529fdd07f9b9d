/* Per-actor GC, correctness: linked lists of 8-byte-slot objects reachable only from the
 * stack, only from other objects, only through interior pointers, or from large objects,
 * survive many forced collections with their contents intact, in several actors at once
 * (yielding between collections, so they migrate between workers). Pointer-free objects
 * (mesh_alloc_bytes) are not scanned: a pointer stored only there does not keep its target.
 * usage: gc_lists [actors=8] [rounds=200]
 * Output: "errors 0", "freed ok", "noscan ok". */
#include "mesh_abi.h"
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>

void *mesh_alloc_bytes(int64_t size);
void mesh_rt_debug_heap_collect(void);
void mesh_rt_debug_heap_stats(int64_t *out);

static int64_t ACTORS = 8, ROUNDS = 200;

typedef struct Node { int64_t value; struct Node *next; MeshString *label; } Node;

__attribute__((noinline)) static Node *build(int64_t seed, int64_t n)
{
    Node *head = NULL;
    for (int64_t i = n - 1; i >= 0; i--) {
        Node *x = mesh_alloc(sizeof(Node));
        x->value = seed * 100003 + i;
        x->next = head;
        if (i % 7 == 0) x->label = mesh_int_to_string(seed + i);
        head = x;
    }
    return head;
}

__attribute__((noinline)) static int64_t verify(Node *head, int64_t seed, int64_t n)
{
    int64_t errors = 0, i = 0;
    for (Node *p = head; p; p = p->next, i++) {
        if (p->value != seed * 100003 + i) errors++;
        if (i % 7 == 0) {
            if (!p->label || !mesh_string_eq(p->label, mesh_int_to_string(seed + i))) errors++;
        } else if (p->label) errors++;
    }
    return errors + (i != n);
}

/* Garbage of every shape, built in a frame that is then overwritten. */
__attribute__((noinline)) static void garbage(int64_t k)
{
    for (int i = 0; i < 50; i++) {
        Node *g = build(k + i, 20);
        (void)g;
        mesh_int_to_string(k * i);
        if (i % 10 == 0) mesh_alloc(20000 + i * 8); /* large */
    }
}

__attribute__((noinline)) static void scrub_stack(void)
{
    volatile char buf[16384];
    for (size_t i = 0; i < sizeof buf; i += 64) buf[i] = 0;
}

static int64_t live_bytes(void)
{
    int64_t st[4];
    mesh_rt_debug_heap_stats(st);
    return st[0];
}

/* Everything of phase 1 lives in this frame: once it returns, nothing refers to it. */
__attribute__((noinline)) static int64_t phase1(int64_t id, int64_t *live_before)
{
    int64_t errors = 0;

    /* 1: a list only on the stack */
    Node *on_stack = build(id * 10 + 1, 300);
    /* 2: lists only reachable from another object (a table of heads) */
    Node **table = mesh_alloc(4 * sizeof(Node *));
    for (int k = 0; k < 4; k++) table[k] = build(id * 10 + 2 + k, 100 + k);
    /* 3: a list only reachable through an interior pointer (to the `label` slot of its head) */
    Node *h3 = build(id * 10 + 6, 50);
    MeshString **interior = &h3->label;
    h3 = NULL;
    /* 4: a large object (> 16 KiB) holding list heads */
    Node **big = mesh_alloc(5000 * sizeof(Node *));
    big[4999] = build(id * 10 + 7, 80);
    big[0] = build(id * 10 + 8, 10);

    for (int64_t r = 0; r < ROUNDS; r++) {
        garbage(id * 1000 + r);
        scrub_stack();
        mesh_rt_debug_heap_collect();
        if (r % 3 == 0) mesh_yield();
        if (r % 10 == 0 || r == ROUNDS - 1) {
            errors += verify(on_stack, id * 10 + 1, 300);
            for (int k = 0; k < 4; k++) errors += verify(table[k], id * 10 + 2 + k, 100 + k);
            Node *back = (Node *)((char *)interior - offsetof(Node, label));
            errors += verify(back, id * 10 + 6, 50);
            errors += verify(big[4999], id * 10 + 7, 80);
            errors += verify(big[0], id * 10 + 8, 10);
        }
    }

    *live_before = live_bytes();
    return errors;
}

__attribute__((noinline)) static void *hide_pointer(void)
{
    void **bytes = mesh_alloc_bytes(64);
    bytes[0] = mesh_alloc(1 << 20);
    bytes[1] = (char *)bytes[0] + 4096;
    return bytes;
}

__attribute__((noinline)) static void *keep_pointer(void)
{
    void **slots = mesh_alloc(64);
    slots[0] = mesh_alloc(1 << 20);
    return slots;
}

static void worker(void *args)
{
    int64_t parent = mesh_msg_get_i64(args);
    int64_t id = mesh_msg_get_i64(args);
    int64_t live_before = 0;
    int64_t errors = phase1(id, &live_before);

    /* garbage is really freed: the live size after dropping everything is small */
    scrub_stack();
    mesh_rt_debug_heap_collect();
    int64_t live_after = live_bytes();
    int freed_ok = live_before > 40000 && live_after < live_before / 4;
    if (!freed_ok) {
        char buf[128];
        int n = snprintf(buf, sizeof buf, "live before %ld after %ld", (long)live_before, (long)live_after);
        mesh_println(mesh_string_new((const uint8_t *)buf, n));
    }

    /* a pointer stored only in pointer-free memory does not keep a 1 MB object alive */
    void *volatile bytes = hide_pointer();
    scrub_stack();
    mesh_rt_debug_heap_collect();
    int noscan_ok = live_bytes() < (1 << 19);
    /* while the same pointer in scanned memory does */
    void *volatile slots = keep_pointer();
    scrub_stack();
    mesh_rt_debug_heap_collect();
    noscan_ok = noscan_ok && live_bytes() >= (1 << 20) && slots != NULL && bytes != NULL;

    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, errors);
    mesh_msg_put_i64(m, freed_ok);
    mesh_msg_put_i64(m, noscan_ok);
    mesh_actor_send(parent, m);
}

static void mesh_main(void *args)
{
    (void)args;
    for (int64_t i = 0; i < ACTORS; i++) {
        void *a = mesh_msg_new();
        mesh_msg_put_i64(a, mesh_actor_self());
        mesh_msg_put_i64(a, i);
        mesh_actor_spawn(worker, a);
    }
    int64_t errors = 0, freed = 0, noscan = 0;
    for (int64_t i = 0; i < ACTORS; i++) {
        while (!mesh_receive_wait(0, -1)) {}
        void *r = mesh_mailbox_at(0);
        errors += mesh_msg_get_i64(r);
        freed += mesh_msg_get_i64(r);
        noscan += mesh_msg_get_i64(r);
        mesh_mailbox_remove(0);
    }
    char buf[128];
    int n = snprintf(buf, sizeof buf, "errors %ld\nfreed %s\nnoscan %s\n", (long)errors,
                     freed == ACTORS ? "ok" : "FAIL", noscan == ACTORS ? "ok" : "FAIL");
    mesh_print(mesh_string_new((const uint8_t *)buf, n));
}

int main(int argc, char **argv)
{
    if (argc > 1) ACTORS = atol(argv[1]);
    if (argc > 2) ROUNDS = atol(argv[2]);
    return mesh_rt_main(argc, argv, mesh_main);
}
