/*
 * Native half of the Mesh actor runtime: coroutine stacks, the switch into
 * and out of an actor, and the ABI entry points that may suspend the calling
 * actor (mesh_receive_wait, mesh_yield, mesh_panic).
 *
 * The invariant (see runtime/README.md): an actor's coroutine is only ever
 * switched out from the functions in this file, never while a managed (C#)
 * frame is on its stack. Every C# export called here returns before we switch.
 */
#define _GNU_SOURCE
#include "mesh_native.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define MESH_FENCE 0x4d45534846454e43ull /* "MESHFENC" */
#define PAGE 4096

/*
 * Coroutine stacks are shared "slots" with copying (see runtime/README.md, Memory):
 *
 * A fixed number of stack slots (g_nslots, default 2048, MESH_STACK_SLOTS) live in one
 * MAP_NORESERVE mapping; each has a guard page at its bottom (set when the slot is first
 * used) and a fence word at its top. A coroutine is bound to one slot on its first run and
 * always runs there (stack addresses stay valid). Several coroutines may share a slot:
 * the slot holds the stack of one of them (its owner); when another one is resumed, the
 * owner's live stack [sp, top) is copied out to a malloc'd buffer and the resumed one's
 * copied back in. An actor blocked in receive thus costs the few hundred bytes of its
 * live stack, not a page.
 * New coroutines take a slot nobody uses; else, once MESH_SHARE_AFTER slots have been used,
 * one whose owner is suspended with a small live stack (cheap to copy); else a slot never
 * used (touching one costs a page fault and a guard mprotect, ~30 us each on the project's
 * VM); else the next one round robin.
 */
struct mesh_slot {
    mesh_coro *owner;     /* whose stack is in the slot (NULL: nobody's)           */
    char *base;           /* lowest address (guard page if guarded)                */
    char *top;            /* one past the highest address; fence word at top - 8   */
    int32_t users;        /* coroutines bound to this slot                         */
    int32_t state;        /* 0 untouched, 1 ready (fence written, guard decided)   */
    int32_t guarded;
    volatile int32_t lock;
    int32_t next_free;    /* free list of slots with no users (-1 ends)            */
};

struct mesh_coro {
    void *sp;             /* saved stack pointer of the suspended coroutine (in its slot) */
    void *worker_sp;      /* saved stack pointer of the worker that resumed it   */
    void (*entry)(void *);
    void *arg;
    struct mesh_slot *slot; /* NULL until the first resume                       */
    void *saved;          /* copy of [sp, slot top - 8) while evicted from the slot */
    int64_t saved_len;
    int32_t reason;       /* MESH_SUSPEND_* set just before switching out        */
    volatile int32_t running;
    const struct mesh_call_site *call_site; /* its mesh_call_site while switched out */
    mesh_start_catch *start_catch; /* a supervisor starting a child: where a panic goes */
};

void mesh_coro_switch(void **save_sp, void *load_sp);
void mesh_coro_boot(void);
__attribute__((noreturn)) void mesh_coro_call_on(void *sp, void (*fn)(void *), void *arg);
void mesh_coro_main(mesh_coro *c) __attribute__((noreturn, used));

static size_t g_stack_bytes = 256 * 1024;  /* per slot, guard page included       */
static size_t g_headroom = 32 * 1024;      /* kept free below Mesh code for runtime calls */
static int64_t g_guarded_budget = 20000;   /* a guard page costs 2 VMAs            */
static int32_t g_nslots = 2048;
static struct mesh_slot *g_slots;
static char *g_slot_area;
static int32_t g_slots_touched;            /* slots 0..touched-1 have been used    */
static int32_t g_free_slot = -1;
static uint32_t g_round_robin;
static uint32_t g_share_round_robin;
static pthread_mutex_t g_slot_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t g_slots_once = PTHREAD_ONCE_INIT;

static __thread mesh_coro *t_current __attribute__((tls_model("initial-exec")));
/* Reductions left in the current time slice of this worker thread. Reset by
 * mesh_coro_resume (every resume starts a fresh slice). Exported: generated code
 * decrements it inline with one thread-pointer-relative instruction
 * (`subl $1, %fs:mesh_reduction_budget@tpoff`, see LlvmCodegen) and calls
 * mesh_reduction_yield when it reaches 0. That instruction reads the thread
 * pointer afresh every time, so no address of this variable is ever held across
 * a switch; the C code here touches it only before it switches, never after. */
__thread int32_t mesh_reduction_budget __attribute__((tls_model("initial-exec"))) = MESH_REDUCTIONS;

/* Lowest stack address Mesh code may use on this worker's current coroutine: the slot's
 * bottom (above its guard page) plus g_headroom. Set by mesh_coro_resume. Generated code
 * compares %rsp with it on entry to every function that calls another Mesh function
 * (`cmpq %fs:mesh_stack_limit@tpoff, %rsp`, see LlvmCodegen) and calls mesh_stack_overflow
 * when below: an overflow is thus found in Mesh code, where no runtime (C# or C) frame is
 * active above it, and the headroom lets every runtime call made by Mesh code above the
 * limit complete. 0 (never below) outside coroutines. */
__thread uintptr_t mesh_stack_limit __attribute__((tls_model("initial-exec")));

/* Where generated code last called a function that can panic on its caller's behalf: a constant
 * { file (a Mesh string), line, column } emitted by the compiler, stored just before such a call
 * with one thread-pointer-relative move (`movq %reg, %fs:mesh_call_site@tpoff`, see LlvmCodegen),
 * or through mesh_set_call_site on other targets. Standard-library functions read it (runtime
 * ones when they panic, Mesh-written ones at their entry), so a panic inside them is reported at
 * the user's call. It belongs to the running coroutine: mesh_coro_resume swaps it in and out, so
 * an actor switched out between the store and the panic still reports its own call.
 * NULL: no site known. */
struct mesh_call_site {
    const struct { int64_t len; uint8_t bytes[]; } *file;
    int64_t line;
    int64_t column;
};
__thread const struct mesh_call_site *mesh_call_site __attribute__((tls_model("initial-exec")));

void mesh_set_call_site(const struct mesh_call_site *site) { mesh_call_site = site; }
const struct mesh_call_site *mesh_get_call_site(void) { return mesh_call_site; }

/* Read through a non-inlined function: after a switch the coroutine may be on
 * another thread, so the compiler must never reuse a TLS address computed
 * before the switch. We only read it before switching, but stay explicit. */
__attribute__((noinline)) static mesh_coro *current_coro(void)
{
    mesh_coro *c;
    c = t_current;
    __asm__ volatile("" ::: "memory");
    return c;
}

void mesh_coro_configure(int64_t stack_bytes, int64_t guarded_budget)
{
    if (stack_bytes >= 16 * 1024) g_stack_bytes = ((size_t)stack_bytes + PAGE - 1) & ~(size_t)(PAGE - 1);
    if (guarded_budget >= 0) g_guarded_budget = guarded_budget;
    /* a quarter of a small stack, at most 32 KiB (enough for any runtime call, GCs included) */
    g_headroom = g_stack_bytes / 4 < 32 * 1024 ? g_stack_bytes / 4 : 32 * 1024;
}

static void fatal(const char *msg)
{
    (void)!write(2, msg, strlen(msg));
    abort();
}

static void slots_init(void)
{
    const char *env = getenv("MESH_STACK_SLOTS");
    if (env) {
        long n = atol(env);
        if (n >= 1 && n <= 1 << 20) g_nslots = (int32_t)n;
    }
    size_t bytes = PAGE + (size_t)g_nslots * g_stack_bytes;
    g_slot_area = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    /* Zero pages from the kernel, filled in as slots are first used (slot_bind): writing all
     * 2,048 entries here faulted in 24 pages, ~6 % of a hello world's start-up. */
    g_slots = mmap(NULL, (size_t)g_nslots * sizeof *g_slots, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (g_slot_area == MAP_FAILED || g_slots == MAP_FAILED) fatal("Mesh runtime: cannot reserve actor stacks\n");
    /* the fence below slot 0 */
    ((uint64_t *)(g_slot_area + PAGE))[-1] = MESH_FENCE;
}

/* The first use of slot i (slots are taken in index order until all have been used). */
static struct mesh_slot *slot_first_use(int32_t i)
{
    struct mesh_slot *s = &g_slots[i];
    s->base = g_slot_area + PAGE + (size_t)i * g_stack_bytes;
    s->top = s->base + g_stack_bytes;
    s->next_free = -1;
    return s;
}

static inline void slot_lock(struct mesh_slot *s)
{
    while (__atomic_exchange_n(&s->lock, 1, __ATOMIC_ACQUIRE))
        while (__atomic_load_n(&s->lock, __ATOMIC_RELAXED)) __builtin_ia32_pause();
}

static inline void slot_unlock(struct mesh_slot *s)
{
    __atomic_store_n(&s->lock, 0, __ATOMIC_RELEASE);
}

/* Slots used before new coroutines start sharing slots whose owners have small stacks. */
#define MESH_SHARE_AFTER 64
/* An owner's live stack up to this size is cheap to copy out and back (a few hundred
 * nanoseconds per switch), much cheaper than touching a fresh slot. */
#define MESH_SHARE_MAX_STACK 4096

static inline char *stack_end(struct mesh_slot *s);

/* A used slot (g_slot_lock held) whose owner is suspended with at most MESH_SHARE_MAX_STACK
 * bytes of live stack, or has none; NULL if the few candidates looked at have not. */
static struct mesh_slot *cheap_shared_slot(void)
{
    for (int tries = 0; tries < 8; tries++) {
        struct mesh_slot *s = &g_slots[g_share_round_robin++ % (uint32_t)g_slots_touched];
        slot_lock(s);
        mesh_coro *owner = s->owner;
        int cheap = !owner || (!__atomic_load_n(&owner->running, __ATOMIC_ACQUIRE)
                               && stack_end(s) - (char *)owner->sp <= MESH_SHARE_MAX_STACK);
        slot_unlock(s);
        if (cheap) return s;
    }
    return NULL;
}

/* Binds a fresh coroutine to a slot: an unused one if any, else (once MESH_SHARE_AFTER slots
 * are in use) one that is cheap to share, else one never used, else round robin. A burst of
 * short-lived actors (a fan-in's senders) thus shares a few slots instead of touching a fresh
 * one each. */
static struct mesh_slot *slot_bind(void)
{
    pthread_once(&g_slots_once, slots_init);
    pthread_mutex_lock(&g_slot_lock);
    struct mesh_slot *s = NULL;
    if (g_free_slot >= 0) {
        s = &g_slots[g_free_slot];
        g_free_slot = s->next_free;
    } else if (g_slots_touched >= MESH_SHARE_AFTER && (s = cheap_shared_slot()) != NULL) {
        /* shared with a small stack */
    } else if (g_slots_touched < g_nslots) {
        /* slots are first used in address order, so the fence below is always written */
        s = slot_first_use(g_slots_touched++);
    } else {
        /* round robin, avoiding (for a few tries) slots whose owner is running now */
        for (int tries = 0;; tries++) {
            s = &g_slots[g_round_robin++ % (uint32_t)g_nslots];
            if (tries == 8) break;
            slot_lock(s);
            int busy = s->owner && __atomic_load_n(&s->owner->running, __ATOMIC_ACQUIRE);
            slot_unlock(s);
            if (!busy) break;
        }
    }
    s->users++;
    if (s->state == 0) {
        s->state = 1;
        ((uint64_t *)s->top)[-1] = MESH_FENCE;
        if (g_guarded_budget > 0 && mprotect(s->base, PAGE, PROT_NONE) == 0) {
            g_guarded_budget--;
            s->guarded = 1;
        }
    }
    pthread_mutex_unlock(&g_slot_lock);
    return s;
}

static void slot_unbind(struct mesh_slot *s)
{
    pthread_mutex_lock(&g_slot_lock);
    if (--s->users == 0) {
        s->next_free = g_free_slot;
        g_free_slot = (int32_t)(s - g_slots);
    }
    pthread_mutex_unlock(&g_slot_lock);
}

mesh_coro *mesh_coro_new(void (*entry)(void *), void *arg)
{
    /* No stack yet: a coroutine gets one when it first runs. */
    mesh_coro *c = calloc(1, sizeof *c);
    if (!c) return NULL;
    c->entry = entry;
    c->arg = arg;
    return c;
}

/* Initial frame, consumed by the first mesh_coro_switch into the slot:
 *   [top-8]  0                 fake return address of boot (ends unwinding)
 *   [top-16] mesh_coro_boot    popped by `ret`
 *   rbp rbx r12(=c) r13 r14 r15, then MXCSR + x87 control word. */
static void initial_frame(mesh_coro *c)
{
    uint64_t *top = (uint64_t *)(((uintptr_t)c->slot->top - 64) & ~(uintptr_t)15);
    uint64_t *sp = top;
    *--sp = 0;
    *--sp = (uint64_t)(uintptr_t)mesh_coro_boot;
    *--sp = 0;                    /* rbp */
    *--sp = 0;                    /* rbx */
    *--sp = (uint64_t)(uintptr_t)c; /* r12 */
    *--sp = 0;                    /* r13 */
    *--sp = 0;                    /* r14 */
    *--sp = 0;                    /* r15 */
    *--sp = 0x1F80ull | (0x037Full << 32); /* MXCSR default, x87 CW default */
    c->sp = sp;
}

static inline char *stack_end(struct mesh_slot *s) { return s->top - 8; } /* below the fence */

/* Makes the slot hold c's stack and marks c running. Returns 0 if the slot's owner is
 * running right now (on another worker): the caller retries. Slot lock held by caller. */
static int slot_enter(struct mesh_slot *s, mesh_coro *c)
{
    mesh_coro *owner = s->owner;
    if (owner != c) {
        if (owner) {
            if (__atomic_load_n(&owner->running, __ATOMIC_ACQUIRE)) return 0;
            int64_t len = stack_end(s) - (char *)owner->sp;
            void *buf = malloc((size_t)len);
            if (!buf) fatal("Mesh runtime: out of memory saving an actor stack\n");
            memcpy(buf, owner->sp, (size_t)len);
            owner->saved = buf;
            owner->saved_len = len;
        }
        if (c->saved) {
            memcpy(stack_end(s) - c->saved_len, c->saved, (size_t)c->saved_len);
            free(c->saved);
            c->saved = NULL;
            c->saved_len = 0;
        } else if (c->sp == NULL) {
            initial_frame(c);
        }
        s->owner = c;
    }
    __atomic_store_n(&c->running, 1, __ATOMIC_RELAXED);
    return 1;
}

void mesh_coro_free(mesh_coro *c)
{
    if (!c) return;
    struct mesh_slot *s = c->slot;
    if (s) {
        slot_lock(s);
        if (s->owner == c) s->owner = NULL;
        slot_unlock(s);
        slot_unbind(s);
    }
    free(c->saved);
    free(c);
}

/* Highest address of the coroutine's stack in use (the per-actor collector scans up to it). */
void *mesh_coro_stack_top(mesh_coro *c)
{
    return c->slot ? stack_end(c->slot) : NULL;
}

int32_t mesh_coro_resume(mesh_coro *c)
{
    if (!c->slot) c->slot = slot_bind();
    for (int spins = 0;; spins++) {
        struct mesh_slot *s = c->slot;
        slot_lock(s);
        int ok = slot_enter(s, c);
        slot_unlock(s);
        if (ok) break;
        /* The slot's owner runs on another worker. A coroutine that never ran simply
         * moves to another slot; one whose stack lives at this slot's addresses waits a
         * little, then goes back to the run queue (MESH_SUSPEND_BUSY) so that the worker
         * does something useful until the owner's time slice ends. */
        if (c->sp == NULL && spins < 4) {
            slot_unbind(s);
            c->slot = slot_bind();
            continue;
        }
        if (spins >= 64) return MESH_SUSPEND_BUSY;
        __builtin_ia32_pause();
    }
    t_current = c;
    mesh_reduction_budget = MESH_REDUCTIONS;
    mesh_stack_limit = (uintptr_t)c->slot->base + (c->slot->guarded ? PAGE : 0) + g_headroom;
    mesh_call_site = c->call_site;
    mesh_coro_switch(&c->worker_sp, c->sp);
    /* it ran on this thread from here until it switched out: keep its call site for next time */
    c->call_site = mesh_call_site;
    mesh_call_site = NULL;
    t_current = NULL;
    /* off its stack now: another coroutine may take the slot */
    __atomic_store_n(&c->running, 0, __ATOMIC_RELEASE);
    return c->reason;
}

static void suspend(mesh_coro *c, int32_t reason)
{
    /* without a guard page, an overflow of this slot runs into the fence below it */
    if (!c->slot->guarded && ((uint64_t *)c->slot->base)[-1] != MESH_FENCE)
        fatal("Mesh runtime: actor stack overflow detected (stack fence overwritten)\n");
    c->reason = reason;
    mesh_coro_switch(&c->sp, c->worker_sp);
    /* resumed, possibly on another worker thread */
}

void mesh_coro_main(mesh_coro *c)
{
    c->entry(c->arg);
    suspend(c, MESH_SUSPEND_EXIT);
    fatal("Mesh runtime: a finished actor was resumed\n");
    __builtin_unreachable();
}

/* ------------------------------------------------------------------------- */
/* ABI entry points that can suspend the calling actor                        */

int64_t mesh_receive_wait(int64_t seen, int64_t timeout_ms)
{
    int64_t r = mesh_rt_wait_begin(seen, timeout_ms); /* C# frame gone after this */
    if (r != 2) return r;
    mesh_coro *c = current_coro();
    if (!c) return 0;
    suspend(c, MESH_SUSPEND_WAIT);
    return mesh_rt_wait_result();
}

void mesh_yield(void)
{
    mesh_coro *c = current_coro();
    if (c) suspend(c, MESH_SUSPEND_YIELD);
}

/* The caller's exit was recorded (PendingExit): leave the coroutine for good.
 * Outside an actor there is nothing to end. */
__attribute__((noreturn)) static void die_now(void)
{
    mesh_coro *c = current_coro();
    if (!c) fatal("Mesh runtime: exit outside an actor\n");
    suspend(c, MESH_SUSPEND_KILLED);
    fatal("Mesh runtime: an exited actor was resumed\n");
    __builtin_unreachable();
}

void mesh_actor_link(int64_t pid)
{
    if (mesh_rt_link(pid)) die_now();
}

void mesh_actor_exit(int64_t pid, int64_t reason_kind, const void *custom)
{
    if (mesh_rt_exit_signal(pid, reason_kind, custom)) die_now();
}

void mesh_actor_exit_self(int64_t reason_kind, const void *custom)
{
    mesh_rt_exit_self(reason_kind, custom);
    die_now();
}

/* ------------------------------------------------------------------------- */
/* Message words, without a transition into C#                                 */

/* The head of a message block (Actors/Message.cs, checked by Message.CheckLayout): the
 * buffer, its used and allocated length, the read cursor. Putting and getting an Int is the
 * commonest thing a send and a receive do; done here it costs no managed transition (a
 * reverse P/Invoke per call). Only growing the buffer goes to C#. */
struct mesh_msg_head {
    uint8_t *data;
    int32_t len;
    int32_t cap;
    int64_t pos;
};

void mesh_msg_put_i64(void *m, int64_t v)
{
    struct mesh_msg_head *h = m;
    if (__builtin_expect((int64_t)h->len + 8 > h->cap, 0)) mesh_rt_msg_grow(m, 8);
    memcpy(h->data + h->len, &v, 8);
    h->len += 8;
}

/* A read past the end yields 0 (a codegen bug, never undefined behaviour), as in C#. */
int64_t mesh_msg_get_i64(void *m)
{
    struct mesh_msg_head *h = m;
    if (!h || h->pos + 8 > h->len) return 0;
    int64_t v;
    memcpy(&v, h->data + h->pos, 8);
    h->pos += 8;
    return v;
}

/* Delivery is C# (mesh_rt_send). When it reports that the receiver's mailbox is long (and
 * the receiver is not running), the sender's time slice ends at its next reduction tick, so
 * that the receiver gets its turn (Scheduler.LongMailbox in Scheduler.cs). Ending the slice
 * rather than yielding here costs nothing to a sender that is about to finish anyway. */
void mesh_actor_send(int64_t pid, void *msg)
{
    if (mesh_rt_send(pid, msg) && current_coro()) mesh_reduction_budget = 1; /* TLS touched before any switch */
}

/* Timer.monotonic_ms(): milliseconds on a clock that never goes back (not the wall clock), for timing. */
int64_t mesh_timer_monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void mesh_timer_sleep(int64_t ms)
{
    int64_t r = mesh_rt_sleep_begin(ms); /* C# frame gone after this */
    mesh_coro *c = current_coro();
    if (!c) return;
    suspend(c, r == 2 ? MESH_SUSPEND_SLEEP : MESH_SUSPEND_YIELD);
}

/* The slow path of a reduction tick: the slice is over, yield to the back of the
 * run queue. Called by generated code when its inline decrement of
 * mesh_reduction_budget reaches 0, and by mesh_reduction_tick. */
__attribute__((noinline, cold)) void mesh_reduction_yield(void)
{
    mesh_reduction_budget = MESH_REDUCTIONS; /* last TLS access before the switch */
    mesh_coro *c = current_coro();
    if (c) suspend(c, MESH_SUSPEND_YIELD);
    /* resumed, possibly on another thread: no TLS access from here on */
}

/* The same tick as a call (for C callers; generated code inlines it). The TLS
 * address is recomputed on every call (never cached across a switch). */
void mesh_reduction_tick(void)
{
    if (__builtin_expect(--mesh_reduction_budget > 0, 1)) return;
    mesh_reduction_yield();
}

/* An actor's terminate block runs here, on its own stack, before it dies (the C# frame
   of mesh_rt_take_on_exit is gone; the cleanup may block, yield or even panic: it was
   taken, so a panic inside it ends the actor without running it again). Then the actor
   ends as crashed (a panic or a stack overflow, already recorded). */
__attribute__((noreturn)) static void end_crashed_actor(mesh_coro *c)
{
    void *args = NULL;
    void (*cleanup)(void *) = mesh_rt_take_on_exit(&args);
    if (cleanup) cleanup(args);
    suspend(c, MESH_SUSPEND_PANIC);
    fatal("Mesh runtime: a crashed actor was resumed\n");
    __builtin_unreachable();
}

void mesh_start_catch_set(mesh_start_catch *k)
{
    mesh_coro *c = current_coro();
    if (c) c->start_catch = k;
}

/* Hands a crash of the current actor to its start catch, if it has one (never returns then). */
static void catch_crash(mesh_coro *c, const uint8_t *msg, int64_t len, int64_t overflow)
{
    mesh_start_catch *k = c ? c->start_catch : NULL;
    if (!k) return;
    c->start_catch = NULL;
    if (len > (int64_t)sizeof k->reason) len = (int64_t)sizeof k->reason;
    if (len > 0) memcpy(k->reason, msg, (size_t)len);
    k->reason_len = len;
    k->overflow = overflow;
    __builtin_longjmp(k->jump, 1);
}

/* A panic at file:line:column (column 0: unknown, reported as file:line). */
__attribute__((noreturn))
void mesh_panic_at(const uint8_t *msg, int64_t len, const uint8_t *file, int64_t flen, int32_t line, int32_t column)
{
    int32_t exit_process = mesh_rt_panic_record(msg, len, file, flen, line, column);
    mesh_coro *c = current_coro();
    if (exit_process || !c) _exit(101);
    catch_crash(c, msg, len, 0);
    end_crashed_actor(c);
}

__attribute__((noreturn))
void mesh_panic(const uint8_t *msg, int64_t len, const uint8_t *file, int64_t flen, int32_t line)
{
    mesh_panic_at(msg, len, file, flen, line, 0);
}

/* A panic detected inside a standard-library function, reported at the Mesh call that reached it
 * (the call site generated code recorded), or at "<runtime>:0" when none was recorded. */
__attribute__((noreturn, noinline, cold))
void mesh_panic_at_call_site(const uint8_t *msg, int64_t len)
{
    static const char unknown[] = "<runtime>";
    const struct mesh_call_site *site = mesh_call_site;
    if (site && site->file)
        mesh_panic_at(msg, len, site->file->bytes, site->file->len, (int32_t)site->line, (int32_t)site->column);
    mesh_panic(msg, len, (const uint8_t *)unknown, (int64_t)sizeof unknown - 1, 0);
}

/* ------------------------------------------------------------------------- */
/* Stack overflow found by generated code (see mesh_stack_limit).             */

/* Runs on the top of the actor's own stack, its old frames discarded: report, run the
 * actor's terminate block (a fresh stack for it), then end the actor like a panic. */
__attribute__((noreturn)) static void overflow_finish(void *arg)
{
    mesh_coro *c = arg;
    if (mesh_rt_overflow_record(0)) _exit(134); /* the main actor: the whole program ends */
    end_crashed_actor(c);
}

/*
 * Called by generated code at the entry of a function when %rsp is below mesh_stack_limit.
 * What is on the stack at that point: Mesh frames, possibly native runtime frames that
 * called Mesh code (map key comparisons, the supervisor loop), which hold no lock and
 * whose state lives in the actor's heap, freed with it; never a C# frame (C# never calls
 * Mesh code, and every C# export called from Mesh code has returned). So the actor can
 * simply be abandoned: nothing but its own memory is in the middle of anything. Its
 * frames are discarded (objects reachable only from them become garbage), and it ends
 * with Panic("stack overflow") like any crash: links and monitors are told, every other
 * actor keeps running, and its stack slot is freed by Terminate as usual.
 */
__attribute__((noreturn, cold)) void mesh_stack_overflow(void)
{
    mesh_coro *c = current_coro();
    if (!c) fatal("Mesh runtime: stack overflow outside an actor\n");
    if (c->start_catch) {
        /* a supervisor's start function: report it here (the headroom below the limit is
           there for such runtime calls), then back to the supervisor, below these frames */
        mesh_rt_overflow_record(1);
        static const char reason[] = "stack overflow";
        catch_crash(c, (const uint8_t *)reason, (int64_t)sizeof reason - 1, 1);
    }
    char *top = (char *)(((uintptr_t)stack_end(c->slot) - 256) & ~(uintptr_t)15);
    mesh_coro_call_on(top, overflow_finish, c);
}

/* The same check for C callers (runtime tests playing compiled Mesh code). */
void mesh_stack_check(void)
{
    char here;
    if ((uintptr_t)&here < mesh_stack_limit) mesh_stack_overflow();
}

/* ------------------------------------------------------------------------- */
/* Small OS helpers for the C# side (no dynamic libc lookups in NativeAOT).   */

int64_t mesh_native_write_all(int32_t fd, const uint8_t *buf, int64_t len)
{
    int64_t done = 0;
    while (done < len) {
        ssize_t n = write(fd, buf + done, (size_t)(len - done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        done += n;
    }
    return done;
}

int32_t mesh_native_isatty(int32_t fd) { return isatty(fd); }

void mesh_native_exit(int32_t status) { _exit(status); }

/* ------------------------------------------------------------------------- */
/* Stack overflow that Mesh code's own check did not catch: a fault on a      */
/* coroutine's guard page.                                                    */

static struct sigaction g_prev_segv, g_prev_bus;
static struct mesh_stdout *volatile g_stdout;

void mesh_native_register_stdout(struct mesh_stdout *out) { g_stdout = out; }

/* Writes what stdout's buffer holds, without C# (the faulting thread may be inside managed
 * code, where calling an export is fatal), unless a writer is using it. */
static void emergency_flush(void)
{
    struct mesh_stdout *out = g_stdout;
    if (!out || __atomic_exchange_n(&out->busy, 1, __ATOMIC_ACQUIRE)) return; /* never released: we exit */
    if (out->length > 0) mesh_native_write_all(1, out->bytes, out->length);
}
static int g_overflow_installed;

static int in_guard(mesh_coro *c, uintptr_t addr)
{
    if (!c || !c->slot) return 0;
    uintptr_t lo = (uintptr_t)c->slot->base;
    /* the guard page, or (without a guard) just below/at the lowest word */
    return c->slot->guarded ? (addr >= lo && addr < lo + PAGE) : (addr >= lo - PAGE && addr < lo + 64);
}

static void chain(struct sigaction *prev, int sig, siginfo_t *info, void *ctx)
{
    if (prev->sa_flags & SA_SIGINFO) {
        if (prev->sa_sigaction) { prev->sa_sigaction(sig, info, ctx); return; }
    } else if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN) {
        prev->sa_handler(sig);
        return;
    }
    /* default action: restore it and let the fault happen again */
    signal(sig, SIG_DFL);
}

static void on_fault(int sig, siginfo_t *info, void *ctx)
{
    if (in_guard(t_current, (uintptr_t)info->si_addr)) {
        emergency_flush(); /* best effort: the process is going down */
        /* Mesh code checks its stack (mesh_stack_limit), so this is runtime code (C#, C) that
           used up the headroom left to it, or C code without the check: frames we cannot
           abandon (locks, the .NET runtime's own state), so the process ends. */
        static const char msg[] = "Mesh runtime: stack overflow in an actor, inside a runtime function; "
                                  "the program cannot continue (MESH_STACK_KIB sets the stack size)\n";
        (void)!write(2, msg, sizeof msg - 1);
        _exit(134);
    }
    chain(sig == SIGBUS ? &g_prev_bus : &g_prev_segv, sig, info, ctx);
}

/* Called on every worker thread before it runs actors: an alternate signal
 * stack, so that the fault handler can run when an actor's stack is full. */
void mesh_native_thread_init(void)
{
    stack_t ss;
    memset(&ss, 0, sizeof ss);
    ss.ss_size = 64 * 1024;
    ss.ss_sp = malloc(ss.ss_size);
    if (ss.ss_sp) sigaltstack(&ss, NULL);
}

/* Installed once the .NET runtime is up, so that faults we do not own are
 * passed on to its handler. */
void mesh_native_install_overflow_handler(void)
{
    if (g_overflow_installed) return;
    g_overflow_installed = 1;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_fault;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGSEGV, &sa, &g_prev_segv);
    sigaction(SIGBUS, &sa, &g_prev_bus);
}
