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
#include <unistd.h>

#define MESH_FENCE 0x4d45534846454e43ull /* "MESHFENC" */
#define PAGE 4096

struct mesh_coro {
    void *sp;             /* saved stack pointer of the suspended coroutine      */
    void *worker_sp;      /* saved stack pointer of the worker that resumed it   */
    void (*entry)(void *);
    void *arg;
    uint64_t *canary;     /* fence word just below this stack (see stack_alloc)   */
    char *map_base;       /* lowest address of this stack (its guard page if guarded) */
    mesh_coro *next_free; /* stack pool link                                     */
    int32_t reason;       /* MESH_SUSPEND_* set just before switching out        */
    int32_t guarded;
};

void mesh_coro_switch(void **save_sp, void *load_sp);
void mesh_coro_boot(void);
void mesh_coro_main(mesh_coro *c) __attribute__((noreturn, used));

static size_t g_stack_bytes = 256 * 1024;  /* per stack, guard page included      */
static int64_t g_guarded_budget = 16384;   /* a guard page costs 2 VMAs            */
static int64_t g_guarded_live;
static pthread_mutex_t g_pool_lock = PTHREAD_MUTEX_INITIALIZER;
static mesh_coro *g_pool;
static int64_t g_pool_count;
/* Pooled stacks beyond this many give their memory back (all but the top page). */
#define POOL_HOT 4096
/* Stacks are carved from slabs: one mapping (one VMA) for a fence page and SLAB_STACKS stacks. */
#define SLAB_STACKS 128
static char *g_slab;
static int g_slab_next = SLAB_STACKS;

static __thread mesh_coro *t_current __attribute__((tls_model("initial-exec")));
/* Reductions left in the current time slice of this worker thread. Reset by
 * mesh_coro_resume (every resume starts a fresh slice); only ever accessed by
 * mesh_reduction_tick before it switches, never after. */
static __thread int32_t t_budget __attribute__((tls_model("initial-exec"))) = MESH_REDUCTIONS;

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
}

static void fatal(const char *msg)
{
    (void)!write(2, msg, strlen(msg));
    abort();
}

/*
 * Stack layout. A slab is one anonymous MAP_NORESERVE mapping:
 *
 *   [fence page][stack 0][stack 1] ... [stack SLAB_STACKS-1]      (low -> high)
 *
 * and each stack, from its top down, holds a fence word (MESH_FENCE), its mesh_coro
 * record, then the frames. Nothing is touched until a stack is handed out, and then
 * only its top page: an idle actor costs one page of stack. Stacks are handed out in
 * address order, so the word just below a stack (the fence of the stack beneath it,
 * or the fence page's) is always written before; a stack that overflows its bottom
 * overwrites that fence first, which every switch-out checks. The first
 * g_guarded_budget stacks also get a PROT_NONE guard page at their bottom (caught by
 * the SIGSEGV handler, precise), which splits the slab's VMA: kernel mappings are
 * limited (vm.max_map_count, 65530 by default) and a million unguarded stacks need
 * only ~8,000 slabs.
 */
static mesh_coro *stack_carve(void)
{
    /* called with g_pool_lock held */
    if (g_slab_next == SLAB_STACKS) {
        size_t bytes = PAGE + (size_t)SLAB_STACKS * g_stack_bytes;
        char *slab = mmap(NULL, bytes, PROT_READ | PROT_WRITE,
                          MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (slab == MAP_FAILED) return NULL;
        ((uint64_t *)(slab + PAGE))[-1] = MESH_FENCE;
        g_slab = slab + PAGE;
        g_slab_next = 0;
    }
    char *base = g_slab + (size_t)g_slab_next++ * g_stack_bytes;
    int guard = 0;
    if (g_guarded_live < g_guarded_budget && mprotect(base, PAGE, PROT_NONE) == 0) {
        g_guarded_live++;
        guard = 1;
    }
    /* The coroutine record lives at the top of its own stack, under the fence. */
    uint64_t *fence = (uint64_t *)(base + g_stack_bytes) - 1;
    *fence = MESH_FENCE;
    mesh_coro *c = (mesh_coro *)(((uintptr_t)fence - sizeof(mesh_coro)) & ~(uintptr_t)63);
    memset(c, 0, sizeof *c);
    c->map_base = base;
    c->guarded = guard;
    c->canary = (uint64_t *)base - 1;
    return c;
}

static mesh_coro *stack_alloc(void)
{
    pthread_mutex_lock(&g_pool_lock);
    mesh_coro *c = g_pool;
    if (c) { g_pool = c->next_free; g_pool_count--; }
    else c = stack_carve();
    pthread_mutex_unlock(&g_pool_lock);
    return c;
}

static void stack_release(mesh_coro *c)
{
    pthread_mutex_lock(&g_pool_lock);
    c->next_free = g_pool;
    g_pool = c;
    int64_t pooled = ++g_pool_count;
    pthread_mutex_unlock(&g_pool_lock);
    if (pooled > POOL_HOT) {
        /* Give back whatever the previous actor touched below the top page. */
        char *lo = c->map_base + (c->guarded ? PAGE : 0);
        char *hi = (char *)((uintptr_t)c & ~(uintptr_t)(PAGE - 1));
        if (hi > lo) madvise(lo, (size_t)(hi - lo), MADV_DONTNEED);
    }
}

mesh_coro *mesh_coro_new(void (*entry)(void *), void *arg)
{
    mesh_coro *c = stack_alloc();
    if (!c) return NULL;
    c->entry = entry;
    c->arg = arg;
    c->reason = 0;
    c->next_free = NULL;

    /* Initial frame, consumed by the first mesh_coro_switch into this stack:
     *   [top-8]  0                 fake return address of boot (ends unwinding)
     *   [top-16] mesh_coro_boot    popped by `ret`
     *   rbp rbx r12(=c) r13 r14 r15, then MXCSR + x87 control word. */
    uint64_t *top = (uint64_t *)((uintptr_t)c & ~(uintptr_t)15);
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
    return c;
}

void mesh_coro_free(mesh_coro *c)
{
    if (c) stack_release(c);
}

/* Highest address of the coroutine's stack in use (the per-actor collector scans up to it). */
void *mesh_coro_stack_top(mesh_coro *c)
{
    return c;
}

int32_t mesh_coro_resume(mesh_coro *c)
{
    t_current = c;
    t_budget = MESH_REDUCTIONS;
    mesh_coro_switch(&c->worker_sp, c->sp);
    t_current = NULL;
    return c->reason;
}

static void suspend(mesh_coro *c, int32_t reason)
{
    if (*c->canary != MESH_FENCE)
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

void mesh_timer_sleep(int64_t ms)
{
    int64_t r = mesh_rt_sleep_begin(ms); /* C# frame gone after this */
    mesh_coro *c = current_coro();
    if (!c) return;
    suspend(c, r == 2 ? MESH_SUSPEND_SLEEP : MESH_SUSPEND_YIELD);
}

__attribute__((noinline, cold)) static void reduction_slice_over(void)
{
    t_budget = MESH_REDUCTIONS;      /* last TLS access before the switch */
    mesh_coro *c = current_coro();
    if (c) suspend(c, MESH_SUSPEND_YIELD);
    /* resumed, possibly on another thread: no TLS access from here on */
}

/* Called by generated code at function entry and loop back-edges. The TLS
 * address is recomputed on every call (never cached across a switch). */
void mesh_reduction_tick(void)
{
    if (__builtin_expect(--t_budget > 0, 1)) return;
    reduction_slice_over();
}

__attribute__((noreturn))
void mesh_panic(const uint8_t *msg, int64_t len, const uint8_t *file, int64_t flen, int32_t line)
{
    int32_t exit_process = mesh_rt_panic_record(msg, len, file, flen, line);
    mesh_coro *c = current_coro();
    if (exit_process || !c) _exit(101);
    suspend(c, MESH_SUSPEND_PANIC);
    fatal("Mesh runtime: a crashed actor was resumed\n");
    __builtin_unreachable();
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
/* Stack overflow in an actor: a fault on a coroutine's guard page.           */

static struct sigaction g_prev_segv, g_prev_bus;
static int g_overflow_installed;

static int in_guard(mesh_coro *c, uintptr_t addr)
{
    if (!c) return 0;
    uintptr_t lo = (uintptr_t)c->map_base;
    /* the guard page, or (without a guard) just below/at the lowest word */
    return c->guarded ? (addr >= lo && addr < lo + PAGE) : (addr >= lo - PAGE && addr < lo + 64);
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
        mesh_rt_emergency_flush(); /* best effort: the process is going down */
        static const char msg[] = "Mesh runtime: stack overflow in an actor (raise the stack size with MESH_STACK_KIB)\n";
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
