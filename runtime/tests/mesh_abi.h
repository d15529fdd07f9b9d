/* The Mesh runtime C ABI, as generated code sees it (used by the runtime's C test programs). */
#ifndef MESH_ABI_H
#define MESH_ABI_H
#include <stdint.h>
#include <string.h>

/* Strings the test builds itself (mesh_alloc_bytes, mesh_string_new) are flat and may be read through
 * ->len and ->bytes; a string made by concatenation may be an appendable view
 * ({ len | 1 << 63, data }, runtime/native/mesh_string.h): read those with the two helpers below. */
typedef struct { int64_t len; uint8_t bytes[]; } MeshString;
static inline int64_t mesh_str_len(const MeshString *s) { return s->len & INT64_MAX; }
static inline const uint8_t *mesh_str_bytes(const MeshString *s)
{
    if (s->len >= 0) return s->bytes;
    const uint8_t *data;
    memcpy(&data, s->bytes, sizeof data);
    return data;
}

int32_t mesh_rt_main(int32_t argc, char **argv, void (*main_entry)(void *args));
void *mesh_alloc(int64_t size);
void mesh_rt_debug_gc(void);

MeshString *mesh_string_new(const uint8_t *bytes, int64_t len);
MeshString *mesh_string_concat(MeshString *a, MeshString *b);
MeshString *mesh_string_concat3(MeshString *a, MeshString *b, MeshString *c);
MeshString *mesh_string_concat4(MeshString *a, MeshString *b, MeshString *c, MeshString *d);
int8_t mesh_string_eq(MeshString *a, MeshString *b);
int64_t mesh_string_compare(MeshString *a, MeshString *b);
MeshString *mesh_int_to_string(int64_t v);
MeshString *mesh_float_to_string(double v);
MeshString *mesh_bool_to_string(int8_t v);
void mesh_print(MeshString *s);
void mesh_println(MeshString *s);
__attribute__((noreturn)) void mesh_panic(const uint8_t *msg, int64_t len, const uint8_t *file, int64_t flen, int32_t line);

int64_t mesh_actor_self(void);
void *mesh_msg_new(void);
void mesh_msg_put_i64(void *m, int64_t v);
void mesh_msg_put_f64(void *m, double v);
void mesh_msg_put_string(void *m, MeshString *s);
int64_t mesh_actor_spawn(void (*entry)(void *reader), void *args_msg);
void mesh_actor_send(int64_t pid, void *msg);
/* sends msg as a reply (mailbox kind 5): a typed receive skips it; the caller waiting
   for the reply finds it by the ref written first. Takes ownership. */
void mesh_actor_send_reply(int64_t pid, void *msg);
int64_t mesh_msg_get_i64(void *reader);
double mesh_msg_get_f64(void *reader);
MeshString *mesh_msg_get_string(void *reader);
void *mesh_mailbox_at(int64_t index);
void mesh_mailbox_remove(int64_t index);
int64_t mesh_receive_wait(int64_t seen, int64_t timeout_ms);
void mesh_yield(void);

/* ---- fault tolerance and timing (runtime/README.md, section "ABI") ---- */
enum {
    MESH_REASON_NORMAL = 0,       /* entry function returned                      */
    MESH_REASON_PANIC = 1,        /* mesh_panic; text = the panic message         */
    MESH_REASON_KILLED = 2,       /* killed; as a signal (mesh_actor_exit): kill  */
    MESH_REASON_SHUTDOWN = 3,
    MESH_REASON_CUSTOM = 4,       /* text = the custom string                     */
    MESH_REASON_NOPROC = 5,
    MESH_REASON_NOCONNECTION = 6
};
enum {
    MESH_MSG_USER = 0,
    MESH_MSG_EXIT = 1,            /* pid i64, reason kind i64, reason text string        */
    MESH_MSG_DOWN = 2,            /* ref i64, pid i64, reason kind i64, reason text string */
    MESH_MSG_NODEDOWN = 3,        /* reserved */
    MESH_MSG_NODEUP = 4,          /* reserved */
    MESH_MSG_REPLY = 5,           /* ref i64, then the reply value                         */
    MESH_MSG_REQUEST = 6,         /* tag i64, caller pid i64, ref i64, then the arguments  */
    MESH_MSG_STARTED = 7,         /* pid i64: a supervised child has started               */
    MESH_MSG_START_CHILD = 8      /* caller i64, ref i64, op i64, then the arguments       */
};
int64_t mesh_mailbox_kind(int64_t index);
void mesh_actor_link(int64_t pid);
void mesh_actor_unlink(int64_t pid);
int64_t mesh_actor_spawn_link(void (*entry)(void *reader), void *args_msg);
int64_t mesh_actor_spawn_monitor(void (*entry)(void *reader), void *args_msg, int64_t *ref_out);
void mesh_actor_trap_exit(int8_t on);
void mesh_actor_exit(int64_t pid, int64_t reason_kind, MeshString *custom);
__attribute__((noreturn)) void mesh_actor_exit_self(int64_t reason_kind, MeshString *custom);
int64_t mesh_process_monitor(int64_t pid);
int8_t mesh_process_demonitor(int64_t ref);
int64_t mesh_process_register(MeshString *name, int64_t pid);
int64_t mesh_process_whereis(MeshString *name);
int8_t mesh_process_unregister(MeshString *name);
int8_t mesh_process_alive(int64_t pid);
void mesh_timer_sleep(int64_t ms);
void mesh_timer_send_after(int64_t pid, int64_t ms, void *msg);
void mesh_reduction_tick(void);
void mesh_stack_check(void); /* generated code's stack check as a call: an actor below its limit exits with panic "stack overflow" */
int64_t mesh_rt_debug_actor_count(void);

/* ---- services, jobs and terminate blocks (runtime/README.md, "Services and jobs") ---- */
void mesh_actor_send_request(int64_t pid, void *msg);
int64_t mesh_reply_wait(int64_t ref, int64_t down_ref, int64_t down_pid, int64_t timeout_ms);
void mesh_actor_on_exit(void (*cleanup)(void *args_reader));
__attribute__((noreturn)) void mesh_panic_string(MeshString *msg, MeshString *file, int64_t line);

/* ---- supervisors (runtime/README.md, sections "Supervisors" and "ABI") ---- */
void mesh_supervisor_run(const int64_t *spec); /* never returns */
void *mesh_supervisor_start_child(int64_t sup, void *args, MeshString *expected); /* Result<Pid, String> */
void *mesh_supervisor_start_child_spec(int64_t sup, const int64_t *spec, MeshString *expected);
void *mesh_supervisor_count_children(int64_t sup, MeshString *expected);
void mesh_supervisor_start_begin(void);
int64_t mesh_supervisor_start_end(void);
int64_t mesh_supervisor_take_ack(void);
void mesh_supervisor_ack(int64_t to);
int64_t mesh_supervisor_request(int64_t sup, int64_t ref, int64_t op, void *args, MeshString *expected);
void mesh_supervisor_mark(int64_t pid, MeshString *definition);
void *mesh_mailbox_take(int64_t index);
void mesh_msg_rewind(void *msg);
void mesh_msg_free(void *msg);

/* helpers for the tests */
static inline MeshString *S(const char *c) { return mesh_string_new((const uint8_t *)c, (int64_t)strlen(c)); }
static inline void say(const char *c) { mesh_println(S(c)); }

/* receive the oldest message (blocking), returns its first i64 and removes it */
static inline int64_t recv_i64(void)
{
    while (!mesh_receive_wait(0, -1)) {}
    int64_t v = mesh_msg_get_i64(mesh_mailbox_at(0));
    mesh_mailbox_remove(0);
    return v;
}
static inline void send_i64(int64_t pid, int64_t v)
{
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, v);
    mesh_actor_send(pid, m);
}
/* Waits (timeout_ms as in mesh_receive_wait; -1 = forever) for the oldest message of
 * the given kind, skipping others; returns a reader and its index, or NULL on timeout. */
static inline void *wait_kind(int64_t kind, int64_t timeout_ms, int64_t *index)
{
    int64_t i = 0;
    for (;;) {
        void *m;
        while ((m = mesh_mailbox_at(i)) != NULL) {
            if (mesh_mailbox_kind(i) == kind) { *index = i; return m; }
            i++;
        }
        if (!mesh_receive_wait(i, timeout_ms)) return NULL;
    }
}
static inline MeshString *cat(MeshString *a, MeshString *b) { return mesh_string_concat(a, b); }
static inline MeshString *I(int64_t v) { return mesh_int_to_string(v); }
#define MESH_MAIN(fn) int main(int argc, char **argv) { return mesh_rt_main(argc, argv, fn); }
#endif
