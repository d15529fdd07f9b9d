/* A selective receive with a timeout times out on time even while non-matching
 * messages keep arriving (the deadline counts from the start of the receive).
 * The receive is lowered the way the compiler does it: scan from index 0, wait with
 * seen = index and the same timeout, rescan from there. */
#include "mesh_abi.h"
#include <time.h>

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void noise(void *args)
{
    int64_t target = mesh_msg_get_i64(args);
    for (int i = 0; i < 25; i++) {
        mesh_receive_wait(0, 40); /* sleep 40 ms */
        send_i64(target, 1);
    }
}

/* receive tag 2 after timeout_ms -> -1 */
static int64_t receive_tag2(int64_t timeout_ms)
{
    int64_t index = 0;
    for (;;) {
        void *r = mesh_mailbox_at(index);
        if (r == NULL) {
            if (mesh_receive_wait(index, timeout_ms) == 0) return -1;
            continue;
        }
        if (mesh_msg_get_i64(r) == 2) {
            mesh_mailbox_remove(index);
            return 2;
        }
        index++;
    }
}

static void mesh_main(void *args)
{
    (void)args;
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, mesh_actor_self());
    mesh_actor_spawn(noise, a);
    int64_t t0 = now_ms();
    int64_t r = receive_tag2(300);
    int64_t el = now_ms() - t0;
    mesh_println(mesh_string_concat(S("result "), mesh_int_to_string(r)));
    mesh_println(S(el >= 290 && el < 700 ? "timed out on time" : "timed out LATE/EARLY"));
    /* a second receive starts a fresh timeout even though messages are queued */
    t0 = now_ms();
    r = receive_tag2(100);
    el = now_ms() - t0;
    mesh_println(S(r == -1 && el >= 95 && el < 500 ? "second timed out on time" : "second LATE/EARLY"));
}
MESH_MAIN(mesh_main)
