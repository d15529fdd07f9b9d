/* Which stack slot an actor gets (slot_bind in runtime/native/mesh_native.c). Each actor tells
 * main the address of a local variable in its entry function (an actor runs in one slot for
 * life, near that slot's top) and then blocks in receive for good; main spawns one actor at a
 * time and waits for its report, and counts distinct slots (addresses more than 128 KiB apart
 * are in different slots: slots are MESH_STACK_KIB = 256 KiB apart).
 *   1. 50 small actors alive at once: each has a slot of its own (nothing is ever copied).
 *   2. 1,000 more small actors: they share slots whose owners have small stacks, so the
 *      slots in use stay near 64 instead of growing by 1,000 (a page fault each).
 *   3. 20 actors holding 16 KiB of live stack, then 200 small ones: no small actor is put in
 *      a slot owned by one of the deep ones (evicting it would copy 16 KiB).
 * Output: "phase1 slots N", "phase2 slots N", "phase3 small actors on deep slots K". */
#include "mesh_abi.h"
#include <stdlib.h>

static int64_t g_main;
static volatile int g_never; /* never set: actors stay blocked until main returns */

static void report(uintptr_t addr)
{
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, (int64_t)addr);
    mesh_actor_send(g_main, m);
    while (!g_never) mesh_receive_wait(0, -1); /* blocked for good (abandoned when main returns) */
}

static void small_actor(void *a)
{
    (void)a;
    volatile char here = 0;
    report((uintptr_t)&here);
}

/* 32 frames of 512 bytes: 16 KiB of live stack below the entry's frame while it blocks. */
static __attribute__((noinline)) void deep(int depth, uintptr_t top)
{
    volatile char pad[512];
    pad[0] = (char)depth;
    if (depth > 0) deep(depth - 1, top);
    else report(top);
    pad[1] = pad[0]; /* keeps the frame live across the call */
}

static void deep_actor(void *a)
{
    (void)a;
    volatile char here = 0;
    deep(32, (uintptr_t)&here);
}

static uintptr_t spawn_and_wait(void (*entry)(void *))
{
    mesh_actor_spawn(entry, mesh_msg_new());
    while (!mesh_receive_wait(0, -1)) {}
    void *r = mesh_mailbox_at(0);
    uintptr_t addr = (uintptr_t)mesh_msg_get_i64(r);
    mesh_mailbox_remove(0);
    return addr;
}

static int by_address(const void *x, const void *y)
{
    uintptr_t a = *(const uintptr_t *)x, b = *(const uintptr_t *)y;
    return a < b ? -1 : a > b;
}

static int64_t distinct_slots(uintptr_t *addrs, int n)
{
    uintptr_t *sorted = malloc(sizeof *sorted * (size_t)n);
    for (int i = 0; i < n; i++) sorted[i] = addrs[i];
    qsort(sorted, (size_t)n, sizeof *sorted, by_address);
    int64_t slots = n > 0;
    for (int i = 1; i < n; i++)
        if (sorted[i] - sorted[i - 1] > 128 * 1024) slots++;
    free(sorted);
    return slots;
}

static int same_slot(uintptr_t a, uintptr_t b)
{
    return (a > b ? a - b : b - a) <= 128 * 1024;
}

static void mesh_main(void *args)
{
    (void)args;
    g_main = mesh_actor_self();
    enum { P1 = 50, P2 = 1000, DEEP = 20, SMALL = 200 };
    static uintptr_t addrs[P1 + P2], deep_addrs[DEEP];
    for (int i = 0; i < P1; i++) addrs[i] = spawn_and_wait(small_actor);
    mesh_println(cat(S("phase1 slots "), I(distinct_slots(addrs, P1))));
    for (int i = P1; i < P1 + P2; i++) addrs[i] = spawn_and_wait(small_actor);
    mesh_println(cat(S("phase2 slots "), I(distinct_slots(addrs, P1 + P2))));
    for (int i = 0; i < DEEP; i++) deep_addrs[i] = spawn_and_wait(deep_actor);
    int64_t on_deep = 0;
    for (int i = 0; i < SMALL; i++) {
        uintptr_t a = spawn_and_wait(small_actor);
        for (int d = 0; d < DEEP; d++)
            if (same_slot(a, deep_addrs[d])) on_deep++;
    }
    mesh_println(cat(S("phase3 small actors on deep slots "), I(on_deep)));
}

int main(int argc, char **argv)
{
    return mesh_rt_main(argc, argv, mesh_main);
}
