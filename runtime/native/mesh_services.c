/*
 * Native helpers for services and jobs (runtime/README.md, "Services and jobs").
 *
 * mesh_reply_wait blocks, so it lives here and not in C#: it only calls C# exports that
 * return at once (mesh_mailbox_at, mesh_mailbox_kind, mesh_msg_get_i64) and suspends
 * through mesh_receive_wait.
 */
#include "mesh_native.h"

#include <string.h>

enum { KIND_DOWN = 2, KIND_REPLY = 5 };

__attribute__((noreturn)) void mesh_panic(const uint8_t *msg, int64_t len, const uint8_t *file, int64_t flen, int32_t line);
__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len); /* mesh_native.c */

#include "mesh_string.h"

/*
 * Waits for the first mailbox entry that is either
 *   - a REPLY (kind 5) whose ref (its first i64) is `ref`, or
 *   - a DOWN (kind 2) whose ref is `down_ref` (when down_ref != 0) or whose pid is
 *     `down_pid` (when down_pid != 0),
 * skipping (and leaving in place) everything else. Returns its index (the caller reads it
 * with mesh_mailbox_at and removes it), or -1 once `timeout_ms` has passed (negative: wait
 * forever). The timeout counts from the call, however many unrelated messages arrive.
 */
int64_t mesh_reply_wait(int64_t ref, int64_t down_ref, int64_t down_pid, int64_t timeout_ms)
{
    int64_t i = 0;
    for (;;) {
        void *m;
        for (; (m = mesh_mailbox_at(i)) != NULL; i++) {
            int64_t kind = mesh_mailbox_kind(i);
            if (kind == KIND_REPLY) {
                if (mesh_msg_get_i64(m) == ref) return i;
            } else if (kind == KIND_DOWN) {
                int64_t r = mesh_msg_get_i64(m);
                int64_t pid = mesh_msg_get_i64(m);
                if ((down_ref != 0 && r == down_ref) || (down_pid != 0 && pid == down_pid)) return i;
            }
        }
        /* nothing removed since the first wait: the deadline carries over (Scheduler.WaitBegin) */
        if (!mesh_receive_wait(i, timeout_ms)) return -1;
    }
}

/* A panic whose message is built at run time (service call failures, Job errors). */
__attribute__((noreturn)) void mesh_panic_string(mesh_string *msg, mesh_string *file, int64_t line)
{
    mesh_panic(msg ? mesh_str_bytes(msg) : (const uint8_t *)"", msg ? mesh_str_len(msg) : 0,
               file ? mesh_str_bytes(file) : (const uint8_t *)"", file ? mesh_str_len(file) : 0, (int32_t)line);
}

/* panic(message) in Mesh code: reported at the call site generated code recorded just before (the
 * panic's own position, or for a standard-library function written in Mesh, its caller's call). */
__attribute__((noreturn)) void mesh_panic_string_at_call_site(mesh_string *msg)
{
    mesh_panic_at_call_site(msg ? mesh_str_bytes(msg) : (const uint8_t *)"", msg ? mesh_str_len(msg) : 0);
}
