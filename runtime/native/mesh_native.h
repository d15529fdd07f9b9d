/* Internal interface between the native helpers and the C# runtime (libmeshrt). */
#ifndef MESH_NATIVE_H
#define MESH_NATIVE_H

#include <stddef.h>
#include <stdint.h>

/* Why a coroutine switched back to its worker (returned by mesh_coro_resume). */
enum {
    MESH_SUSPEND_YIELD = 1, /* mesh_yield: put back on the run queue            */
    MESH_SUSPEND_WAIT  = 2, /* mesh_receive_wait: park until a message or timeout */
    MESH_SUSPEND_EXIT  = 3, /* entry function returned                           */
    MESH_SUSPEND_PANIC = 4, /* mesh_panic in a non-main actor                     */
    MESH_SUSPEND_SLEEP = 5, /* mesh_timer_sleep: park until the deadline only    */
    MESH_SUSPEND_KILLED = 6, /* the actor's own exit (exit signal to self, exit_self,
                               link to a dead pid): terminate with PendingExit   */
    MESH_SUSPEND_BUSY = 7   /* not run at all: its stack slot's owner is running
                               elsewhere; put back on the run queue             */
};

/* Reductions per time slice: the actor yields after this many ticks. */
#define MESH_REDUCTIONS 2000

typedef struct mesh_coro mesh_coro;

/* ---- provided by the native helpers, called by C# (DirectPInvoke "meshrt_native") ---- */
void       mesh_coro_configure(int64_t stack_bytes, int64_t guarded_budget);
mesh_coro *mesh_coro_new(void (*entry)(void *), void *arg);
int32_t    mesh_coro_resume(mesh_coro *c);
void       mesh_coro_free(mesh_coro *c);
void      *mesh_coro_stack_top(mesh_coro *c);
void      *mesh_gc_spill(uint64_t *regs); /* mesh_gc.c */
void       mesh_gc_prepare_region(void *start, int64_t size); /* mesh_gc.c */
void      *mesh_gc_region_alloc(int64_t size);                /* mesh_gc.c */
void       mesh_gc_region_free(void *p, int64_t size);         /* mesh_gc.c */
void      *mesh_gc_region_reserve(int64_t size, int32_t huge); /* mesh_gc.c */
void       mesh_gc_region_populate(void *start, int64_t size); /* mesh_gc.c */
void       mesh_gc_region_release(void *start, int64_t size);  /* mesh_gc.c */
int64_t    mesh_native_write_all(int32_t fd, const uint8_t *buf, int64_t len);
int32_t    mesh_native_isatty(int32_t fd);
void       mesh_native_exit(int32_t status);
void       mesh_native_thread_init(void);
void       mesh_native_install_overflow_handler(void);
/* stdout's buffer (runtime/Mesh.Runtime/IO/StdOut.cs), flushed by the fatal-signal path */
struct mesh_stdout { uint8_t *bytes; int32_t length; int32_t busy; };
void       mesh_native_register_stdout(struct mesh_stdout *out);

/* ---- provided by the C# runtime ([UnmanagedCallersOnly] exports) ---- */
int64_t mesh_rt_wait_begin(int64_t seen, int64_t timeout_ms);
int64_t mesh_rt_wait_result(void);
int32_t mesh_rt_panic_record(const uint8_t *msg, int64_t len, const uint8_t *file, int64_t flen, int32_t line, int32_t column);
int32_t mesh_rt_link(int64_t pid);
int32_t mesh_rt_exit_signal(int64_t pid, int64_t reason_kind, const void *custom);
int32_t mesh_rt_exit_self(int64_t reason_kind, const void *custom);
int64_t mesh_rt_sleep_begin(int64_t ms);
void   (*mesh_rt_take_on_exit(void **args))(void *);
int32_t mesh_rt_overflow_record(int32_t in_start_function); /* 1: the main actor (the process must exit) */
int64_t mesh_mailbox_kind(int64_t index);
void   *mesh_mailbox_at(int64_t index);
int64_t mesh_msg_get_i64(void *reader);    /* native (mesh_native.c) */
void    mesh_msg_put_i64(void *m, int64_t v); /* native (mesh_native.c) */
void    mesh_rt_msg_grow(void *m, int64_t extra);
int32_t mesh_rt_send(int64_t pid, void *msg); /* 1: long mailbox, end the sender's slice */

/* ---- ABI entry points implemented natively (they may suspend or end the caller) ---- */
int64_t mesh_receive_wait(int64_t seen, int64_t timeout_ms);
void    mesh_yield(void);
void    mesh_actor_link(int64_t pid);
void    mesh_actor_exit(int64_t pid, int64_t reason_kind, const void *custom);
__attribute__((noreturn)) void mesh_actor_exit_self(int64_t reason_kind, const void *custom);
void    mesh_timer_sleep(int64_t ms);
void    mesh_reduction_tick(void);
void    mesh_actor_send(int64_t pid, void *msg);
/* The inline tick of generated code: decrement, and call mesh_reduction_yield at 0. */
extern __thread int32_t mesh_reduction_budget __attribute__((tls_model("initial-exec")));
void    mesh_reduction_yield(void);
/* The stack check of generated code: %rsp below mesh_stack_limit -> mesh_stack_overflow. */
extern __thread uintptr_t mesh_stack_limit __attribute__((tls_model("initial-exec")));
__attribute__((noreturn)) void mesh_stack_overflow(void);
void    mesh_stack_check(void);

/* A supervisor's catch around a child's start function (mesh_supervisor.c): while one is set
 * on the calling actor, a panic or stack overflow of that actor does not end it but records
 * its message here and jumps back to `jump` (a __builtin_setjmp buffer in a frame that is
 * still live below the start function's). Like a crash, it needs no unwinding: the abandoned
 * frames are Mesh code and native runtime code that hold no lock (see mesh_stack_overflow). */
typedef struct mesh_start_catch {
    void *jump[5];
    int64_t overflow;      /* 1: a stack overflow, 0: a panic */
    int64_t reason_len;
    char reason[512];      /* the panic's message (truncated) */
} mesh_start_catch;
void    mesh_start_catch_set(mesh_start_catch *k); /* NULL: none */

#endif
