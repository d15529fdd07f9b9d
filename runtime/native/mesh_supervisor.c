/*
 * Supervisors (OTP rules): the supervisor loop runs as an ordinary actor in native code, so it
 * may block in receive (no managed frame is ever live on its stack; see runtime/README.md).
 *
 * Generated code builds a child-spec table on the supervisor's heap and calls
 * mesh_supervisor_run(spec), which never returns. The table is an object of 8-byte slots:
 *
 *   [0] strategy      0 one_for_one, 1 one_for_all, 2 rest_for_one, 3 simple_one_for_one
 *   [1] max_restarts  more restarts than this within max_seconds stop the supervisor
 *   [2] max_seconds
 *   [3] n             number of child specs (for simple_one_for_one: 1, the template)
 *   [4] starter       simple_one_for_one: int64_t starter(closure, reader) decodes the
 *                     arguments of a start_child request and calls the closure; else NULL
 *   [5] name          a Mesh string: the name the supervisor registers itself under before
 *                     it starts its children (OTP's {local, Name}); NULL: none
 *   [6] definition    a Mesh string: the supervisor definition's name (the type of its pids,
 *                     `Pid<Team>`), which requests check (see mesh_supervisor_request)
 *   then per child, 5 slots:
 *       closure       a Mesh closure object { code, captures... }; code(closure) -> pid
 *       restart       0 permanent, 1 transient, 2 temporary
 *       shutdown      milliseconds to wait after a shutdown signal before killing; -1 brutal_kill;
 *                     FOREVER_MS or more: wait forever (shutdown: infinity)
 *       id            the child's id (a Mesh string): how Supervisor.terminate_child & co. name it;
 *                     simple_one_for_one children are named "<template id>_<n>", n = 1, 2, ...
 *       type          0 worker, 1 supervisor (OTP's child type; only count_children reports it)
 *
 * Children added by Supervisor.start_child(sup, spec) (OTP's start_child/2 with a child spec)
 * come as a request holding the spec's fields and its start closure's captures, encoded by the
 * caller with the spec's own encoder; the supervisor keeps that request and starts (and
 * restarts) the child through the spec's entry function, which decodes the captures in the
 * supervisor's process and calls the start function. The spec object the caller passes (built
 * by generated code for Supervisor.child, on the caller's heap) is 8 slots:
 *   [0] id  [1] closure  [2] encoder: void(closure, msg)  [3] entry: int64_t(NULL, reader)
 *   [4] restart  [5] shutdown ms  [6] shutdown mode: 0 the ms, 1 brutal_kill, 2 infinity
 *   [7] type (0 worker, 1 supervisor)
 *
 * A child is started by calling its closure in the supervisor's process between
 * mesh_supervisor_start_begin/_end: the runtime links the first actor it spawns to the
 * supervisor and makes it acknowledge its start (STARTED, mailbox kind 7) at its first switch
 * out. The supervisor waits for that (or for the child's EXIT) before starting the next child,
 * so children start one after another in order, as OTP's synchronous start_link does. A start
 * can fail (OTP's {error, Reason}; see start_child): the closure runs under a start catch, so
 * its panic comes back here instead of ending the supervisor.
 *
 * Requests from other actors (START_CHILD entries, kind 8: caller, ref, op, then the operation's
 * arguments) are served by the loop one at a time, between the exits it handles, so they never
 * race with a restart: start_child, which_children, count_children, terminate_child,
 * restart_child, delete_child, get_childspec (OTP's supervisor API). The answer is a REPLY
 * (kind 5) with the ref.
 */
#define _GNU_SOURCE
#include "mesh_native.h"
#include "mesh_list.h"
#include "mesh_string.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef mesh_string MeshString;

/* the ABI (runtime/tests/mesh_abi.h) */
void *mesh_msg_new(void);
void mesh_msg_put_i64(void *m, int64_t v);
int64_t mesh_msg_get_i64(void *reader);
MeshString *mesh_msg_get_string(void *reader);
MeshString *mesh_string_new(const uint8_t *bytes, int64_t len);
void *mesh_mailbox_at(int64_t index);
void mesh_mailbox_remove(int64_t index);
int64_t mesh_mailbox_kind(int64_t index);
void mesh_actor_send_reply(int64_t pid, void *msg);
void mesh_actor_unlink(int64_t pid);
void mesh_actor_trap_exit(int8_t on);
int64_t mesh_process_monitor(int64_t pid);
int8_t mesh_process_demonitor(int64_t ref);
int64_t mesh_actor_self(void);
int64_t mesh_process_register(MeshString *name, int64_t pid);

/* C# halves (runtime/Mesh.Runtime/Abi/SupervisorExports.cs) */
void mesh_supervisor_start_begin(void);
int64_t mesh_supervisor_start_end(void);
int64_t mesh_supervisor_take_ack(void);
void mesh_supervisor_ack(int64_t to);
int64_t mesh_supervisor_request(int64_t sup, int64_t ref, int64_t op, void *args, MeshString *expected);
void mesh_supervisor_mark(int64_t pid, MeshString *definition);
void mesh_msg_put_string(void *m, MeshString *s);
__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len);
void *mesh_mailbox_take(int64_t index);
void mesh_msg_rewind(void *m);
void mesh_msg_free(void *m);

enum { K_EXIT = 1, K_DOWN = 2, K_REPLY = 5, K_STARTED = 7, K_START_CHILD = 8 };
enum { R_NORMAL = 0, R_PANIC = 1, R_KILLED = 2, R_SHUTDOWN = 3, R_CUSTOM = 4, R_NOPROC = 5 };
enum { ONE_FOR_ONE = 0, ONE_FOR_ALL = 1, REST_FOR_ONE = 2, SIMPLE_ONE_FOR_ONE = 3 };
enum { PERMANENT = 0, TRANSIENT = 1, TEMPORARY = 2 };
/* requests (the op word of a START_CHILD entry) and their outcomes */
enum { OP_START = 0, OP_WHICH = 1, OP_COUNT = 2, OP_TERMINATE = 3, OP_RESTART = 4, OP_DELETE = 5, OP_START_SPEC = 6, OP_SPEC = 7 };
enum { ST_OK = 0, ST_NOT_FOUND = 1, ST_RUNNING = 2, ST_SIMPLE = 3, ST_ALREADY_PRESENT = 4, ST_ALREADY_STARTED = 5,
       ST_FAILED = 6 /* the start failed: its reason follows */, ST_NOT_SIMPLE = 7 };
enum { WORKER = 0, SUPERVISOR = 1 };
#define HEADER_SLOTS 7
#define SPEC_SLOTS 5

typedef int64_t (*start_fn)(void *closure);
typedef int64_t (*starter_fn)(void *closure, void *reader);
typedef void (*encoder_fn)(void *closure, void *msg);

/* The head of a runtime message (its layout is ABI, checked by Message.CheckLayout): the read
 * cursor is what a kept request is re-read from at every restart. */
typedef struct { void *data; int32_t len, cap; int64_t pos; } msg_head;

typedef struct {
    void *closure;
    int64_t restart;
    int64_t shutdown;   /* ms, or -1 = brutal_kill */
    int64_t pid;
    int running;
    int64_t type;       /* WORKER or SUPERVISOR */
    void *request;      /* the start_child request (owned) a simple_one_for_one or dynamic child is
                           started from, re-read from `args_pos` on restarts by `starter` */
    int64_t args_pos;
    starter_fn starter;
    char *id;           /* malloc'd copy of the child's id (this array is not scanned by the GC) */
    int64_t id_len;
} child_t;

typedef struct {
    const int64_t *spec;
    int64_t strategy, max_restarts, max_ms;
    starter_fn starter;
    child_t *children;
    int64_t count, cap;
    int64_t *restarts;  /* times (ms) of the restarts inside the window, oldest first */
    int64_t nrestarts, caprestarts;
    int64_t started;    /* simple_one_for_one: children started so far, for their ids */
} sup_t;

/* Longer waits and windows than this (about 31 years) count as forever. */
#define FOREVER_MS ((int64_t)1000000000000)

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static MeshString *str(const char *s) { return mesh_string_new((const uint8_t *)s, (int64_t)strlen(s)); }

/* Waits for the oldest mailbox entry of `kind` whose first i64 is `key` (the pid of an EXIT or
 * STARTED, the ref of a DOWN or REPLY), or, with `kind2`, for one of that kind too. Returns its
 * index (the entry stays), or -1 when `deadline` (ms, -1 = none) passes first. */
static int64_t await_entry(int64_t kind, int64_t kind2, int64_t key, int64_t deadline)
{
    int64_t i = 0;
    for (;;) {
        void *m;
        while ((m = mesh_mailbox_at(i)) != NULL) {
            int64_t k = mesh_mailbox_kind(i);
            if ((k == kind || k == kind2) && mesh_msg_get_i64(m) == key) return i;
            i++;
        }
        int64_t timeout = -1;
        if (deadline >= 0) {
            timeout = deadline - now_ms();
            if (timeout <= 0) return -1;
        }
        if (!mesh_receive_wait(i, timeout) && deadline >= 0 && now_ms() >= deadline) return -1;
    }
}

/* Removes every queued EXIT from `pid` (after an unlink, one may still be there). */
static void flush_exits(int64_t pid)
{
    int64_t i = 0;
    void *m;
    while ((m = mesh_mailbox_at(i)) != NULL) {
        if (mesh_mailbox_kind(i) == K_EXIT && mesh_msg_get_i64(m) == pid) mesh_mailbox_remove(i);
        else i++;
    }
}

/* ---- starting and stopping one child ---- */

/* Why a start failed (OTP's {error, Reason}): an exit reason, kind and text as in an EXIT. */
typedef struct { int64_t kind; MeshString *text; } failure_t;

/* Removes a queued EXIT(pid, noproc) (a link to a pid of no process) and returns 1, else 0. */
static int take_noproc(int64_t pid)
{
    void *m;
    for (int64_t i = 0; (m = mesh_mailbox_at(i)) != NULL; i++) {
        if (mesh_mailbox_kind(i) != K_EXIT || mesh_msg_get_i64(m) != pid || mesh_msg_get_i64(m) != R_NOPROC) continue;
        mesh_mailbox_remove(i);
        return 1;
    }
    return 0;
}

/* Calls the child's start function under a start catch: the pid it returns, or 0 with the
 * panic (or stack overflow) in *why when it crashed; the supervisor itself lives on. Kept out
 * of line: the catch's jump buffer lives in this frame. */
__attribute__((noinline)) static int64_t call_start(child_t *c, failure_t *why)
{
    mesh_start_catch k;
    volatile int64_t pid = 0;
    if (__builtin_setjmp(k.jump) == 0) {
        mesh_start_catch_set(&k);
        if (c->request) {
            ((msg_head *)c->request)->pos = c->args_pos;
            pid = c->starter(c->closure, c->request);
        } else {
            pid = ((start_fn)(*(void **)c->closure))(c->closure);
        }
        mesh_start_catch_set(NULL);
        return pid;
    }
    why->kind = R_PANIC;
    why->text = mesh_string_new((const uint8_t *)k.reason, k.reason_len);
    return 0;
}

/*
 * Starts one child, OTP's synchronous start. It fails (returns 0, the reason in *why; the
 * child is left not running) when
 *  - the start function panics before it returns the pid: Panic(message); an actor it had
 *    spawned (linked, not yet acknowledged) is killed, so nothing of the attempt is kept;
 *  - the child exits with any reason but normal before it acknowledges its start (its first
 *    switch-out: a receive wait, a sleep, or the end of its first time slice), OTP's crash
 *    in init: that reason. A normal return in its first slice is a child that did its work:
 *    it started, and its EXIT is handled like any other;
 *  - the start function returns a pid of no process (one it did not spawn): Noproc.
 */
static int start_child(sup_t *s, child_t *c, failure_t *why)
{
    (void)s;
    c->running = 0;
    c->pid = 0;
    why->kind = R_NORMAL;
    why->text = NULL;
    mesh_supervisor_start_begin();
    int64_t pid = call_start(c, why);
    int64_t linked = mesh_supervisor_start_end();
    if (pid == 0 && why->kind == R_PANIC) {
        if (linked > 0) {
            mesh_actor_unlink(linked);
            mesh_actor_exit(linked, R_KILLED, NULL);
            flush_exits(linked);
        }
        return 0;
    }
    if (linked == pid && pid > 0) {
        /* wait until it has started (first switch-out) or exited */
        int64_t i = await_entry(K_STARTED, K_EXIT, pid, -1);
        if (mesh_mailbox_kind(i) == K_STARTED) {
            mesh_mailbox_remove(i);
        } else {
            void *m = mesh_mailbox_at(i);
            mesh_msg_get_i64(m);
            int64_t kind = mesh_msg_get_i64(m);
            if (kind != R_NORMAL) {
                why->kind = kind;
                why->text = mesh_msg_get_string(m);
                mesh_mailbox_remove(i);
                return 0;
            }
            /* a normal end in its first slice: its EXIT stays queued for the loop */
        }
        c->pid = pid;
        c->running = 1;
        return 1;
    }
    /* The start function returned another process than the one it spawned first (or spawned
     * nothing): supervise the one it returned. Linking to a pid of no process queues
     * EXIT(pid, noproc) at once: that start failed. */
    if (linked > 0) {
        mesh_actor_unlink(linked);
        flush_exits(linked);
    }
    mesh_actor_link(pid);
    if (take_noproc(pid)) {
        why->kind = R_NOPROC;
        why->text = NULL;
        return 0;
    }
    c->pid = pid;
    c->running = 1;
    return 1;
}

/* The text of an exit reason as Mesh shows an ExitReason: Panic(message), Custom(text), Shutdown... */
static MeshString *reason_text(const failure_t *why)
{
    static const char *const names[] = { "Normal", "Panic", "Killed", "Shutdown", "Custom", "Noproc", "Noconnection" };
    const char *name = why->kind >= 0 && why->kind <= 6 ? names[why->kind] : "Unknown";
    if (why->kind != R_PANIC && why->kind != R_CUSTOM) return str(name);
    int64_t len = why->text ? mesh_str_len(why->text) : 0;
    size_t nlen = strlen(name);
    char *buf = malloc(nlen + (size_t)len + 3);
    if (!buf) abort();
    memcpy(buf, name, nlen);
    buf[nlen] = '(';
    if (len > 0) memcpy(buf + nlen + 1, mesh_str_bytes(why->text), (size_t)len);
    buf[nlen + 1 + len] = ')';
    MeshString *text = mesh_string_new((const uint8_t *)buf, (int64_t)nlen + len + 2);
    free(buf);
    return text;
}

/* OTP's shutdown: monitor, unlink (dropping a queued EXIT), send `shutdown` and wait up to
 * `shutdown` ms for the DOWN, then kill; brutal_kill kills at once. */
static void stop_child(child_t *c)
{
    if (!c->running) return;
    c->running = 0;
    int64_t pid = c->pid;
    int64_t ref = mesh_process_monitor(pid);
    mesh_actor_unlink(pid);
    flush_exits(pid);
    int64_t i = -1;
    if (c->shutdown >= 0) {
        mesh_actor_exit(pid, R_SHUTDOWN, NULL);
        i = await_entry(K_DOWN, -1, ref, c->shutdown >= FOREVER_MS ? -1 : now_ms() + c->shutdown);
    }
    if (i < 0) {
        mesh_actor_exit(pid, R_KILLED, NULL);
        i = await_entry(K_DOWN, -1, ref, -1);
    }
    mesh_mailbox_remove(i);
}

static void free_child(child_t *c)
{
    if (c->request) mesh_msg_free(c->request);
    c->request = NULL;
    free(c->id);
    c->id = NULL;
}

static void set_id(child_t *c, const uint8_t *bytes, int64_t len)
{
    c->id = malloc((size_t)len + 1);
    if (!c->id) abort();
    memcpy(c->id, bytes, (size_t)len);
    c->id[len] = 0;
    c->id_len = len;
}

static void remove_child(sup_t *s, int64_t index)
{
    free_child(&s->children[index]);
    memmove(&s->children[index], &s->children[index + 1], (size_t)(s->count - index - 1) * sizeof(child_t));
    s->count--;
}

/* Stops the children from the last down to `from`, in reverse order. Temporary children are
 * never restarted, so they are forgotten once stopped. */
static void stop_from(sup_t *s, int64_t from)
{
    for (int64_t i = s->count - 1; i >= from; i--) {
        stop_child(&s->children[i]);
        if (s->children[i].restart == TEMPORARY) remove_child(s, i);
    }
}

__attribute__((noreturn)) static void shut_down(sup_t *s, int64_t kind, MeshString *text)
{
    stop_from(s, 0);
    for (int64_t i = 0; i < s->count; i++) free_child(&s->children[i]);
    free(s->children);
    free(s->restarts);
    mesh_actor_exit_self(kind, text);
}

/* Records a restart; false when it is one too many for the window (OTP's intensity). */
static int add_restart(sup_t *s)
{
    int64_t now = now_ms(), keep = 0;
    for (int64_t i = 0; i < s->nrestarts; i++)
        if (now - s->restarts[i] <= s->max_ms) s->restarts[keep++] = s->restarts[i];
    s->nrestarts = keep;
    if (s->nrestarts >= s->max_restarts) return 0;
    if (s->nrestarts == s->caprestarts) {
        s->caprestarts = s->caprestarts ? s->caprestarts * 2 : 8;
        s->restarts = realloc(s->restarts, (size_t)s->caprestarts * sizeof(int64_t));
        if (!s->restarts) abort();
    }
    s->restarts[s->nrestarts++] = now;
    return 1;
}

static child_t *add_child(sup_t *s)
{
    if (s->count == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 4;
        s->children = realloc(s->children, (size_t)s->cap * sizeof(child_t));
        if (!s->children) abort();
    }
    child_t *c = &s->children[s->count++];
    memset(c, 0, sizeof *c);
    return c;
}

/* ---- reacting to exits and requests ---- */

static void child_exited(sup_t *s, int64_t pid, int64_t kind, MeshString *text)
{
    int64_t index = -1;
    for (int64_t i = 0; i < s->count; i++)
        if (s->children[i].running && s->children[i].pid == pid) { index = i; break; }
    if (index < 0) {
        /* Not a child: an exit signal from a linked process or Process.exit (OTP: the parent).
         * Normal exits of linked processes are ignored; anything else stops the supervisor. */
        if (kind != R_NORMAL) shut_down(s, kind, text);
        return;
    }
    /* A restart whose start fails is one more failure of that child (OTP retries it, counting
     * every attempt toward the restart intensity): the loop goes round with its reason. */
    failure_t why = { kind, text };
    for (;;) {
        child_t *c = &s->children[index];
        c->running = 0;
        int restart = c->restart == PERMANENT
            || (c->restart == TRANSIENT && why.kind != R_NORMAL && why.kind != R_SHUTDOWN);
        if (!restart) {
            if (c->restart == TEMPORARY || s->strategy == SIMPLE_ONE_FOR_ONE) remove_child(s, index);
            return;
        }
        if (!add_restart(s)) {
            char buf[128];
            snprintf(buf, sizeof buf, "restart limit exceeded: more than %lld restarts in %lld s",
                     (long long)s->max_restarts, (long long)(s->max_ms / 1000));
            shut_down(s, R_CUSTOM, str(buf));
        }
        if (s->strategy == ONE_FOR_ALL || s->strategy == REST_FOR_ONE) {
            /* stop the others (all, or the ones after it) in reverse order, then start the same
             * range again in order; the failed child is not running, so it is skipped when stopping */
            int64_t from = s->strategy == ONE_FOR_ALL ? 0 : index;
            stop_from(s, from);
            int64_t failed = -1;
            for (int64_t i = from; i < s->count && failed < 0; i++)
                if (!start_child(s, &s->children[i], &why)) failed = i;
            if (failed < 0) return;
            index = failed;
        } else if (start_child(s, c, &why)) {
            return;
        }
    }
}

/* Puts (status, pid) into a reply, and for a failed start the reason's text. */
static void put_status(void *reply, int64_t status, int64_t pid, const failure_t *why)
{
    mesh_msg_put_i64(reply, status);
    mesh_msg_put_i64(reply, pid);
    if (status == ST_FAILED) mesh_msg_put_string(reply, reason_text(why));
}

/* simple_one_for_one start_child: a child from the template with the request as its arguments.
 * A failed start (OTP's {error, Reason}) keeps nothing and is no restart. */
static void start_child_request(sup_t *s, void *request, void *reply)
{
    failure_t why = { R_NORMAL, NULL };
    if (s->strategy != SIMPLE_ONE_FOR_ONE || !s->starter) {
        mesh_msg_free(request);
        put_status(reply, ST_NOT_SIMPLE, 0, &why);
        return;
    }
    child_t *c = add_child(s);
    const int64_t *template = s->spec + HEADER_SLOTS;
    c->closure = (void *)template[0];
    c->restart = template[1];
    c->shutdown = template[2];
    c->type = template[4];
    c->request = request;
    c->args_pos = ((msg_head *)request)->pos;
    c->starter = s->starter;
    const MeshString *template_id = (const MeshString *)template[3];
    char buf[32];
    int n = snprintf(buf, sizeof buf, "_%lld", (long long)++s->started);
    int64_t tlen = mesh_str_len(template_id);
    set_id(c, mesh_str_bytes(template_id), tlen);
    c->id = realloc(c->id, (size_t)(tlen + n + 1));
    if (!c->id) abort();
    memcpy(c->id + tlen, buf, (size_t)n + 1);
    c->id_len = tlen + n;
    if (start_child(s, c, &why)) {
        put_status(reply, ST_OK, c->pid, &why);
    } else {
        remove_child(s, s->count - 1);
        put_status(reply, ST_FAILED, 0, &why);
    }
}

static int64_t find_child(sup_t *s, const MeshString *id)
{
    int64_t len = mesh_str_len(id);
    const uint8_t *bytes = mesh_str_bytes(id);
    for (int64_t i = 0; i < s->count; i++)
        if (s->children[i].id_len == len && memcmp(s->children[i].id, bytes, (size_t)len) == 0) return i;
    return -1;
}

/* OTP's start_child/2 with a child spec: the new child goes last (so rest_for_one counts it as
 * started after all the others) and from then on is a child like the declared ones. An id in
 * use is refused: already_started while that child runs, already_present when it does not.
 * The request (id, restart, shutdown, type, entry, then the start closure's captures) is kept
 * as the child's own copy of its start function. */
static void start_spec_request(sup_t *s, void *request, void *reply)
{
    MeshString *id = mesh_msg_get_string(request);
    int64_t restart = mesh_msg_get_i64(request);
    int64_t shutdown = mesh_msg_get_i64(request);
    int64_t type = mesh_msg_get_i64(request);
    starter_fn entry = (starter_fn)(void *)mesh_msg_get_i64(request);
    int64_t status = ST_OK, pid = 0, index = find_child(s, id);
    failure_t why = { R_NORMAL, NULL };
    if (s->strategy == SIMPLE_ONE_FOR_ONE) status = ST_SIMPLE;
    else if (index >= 0) {
        status = s->children[index].running ? ST_ALREADY_STARTED : ST_ALREADY_PRESENT;
        pid = s->children[index].running ? s->children[index].pid : 0;
    }
    if (status != ST_OK) {
        mesh_msg_free(request);
    } else {
        child_t *c = add_child(s);
        c->restart = restart;
        c->shutdown = shutdown;
        c->type = type;
        c->request = request;
        c->args_pos = ((msg_head *)request)->pos;
        c->starter = entry;
        set_id(c, mesh_str_bytes(id), mesh_str_len(id));
        if (start_child(s, c, &why)) {
            pid = c->pid;
        } else {
            /* OTP keeps nothing of a dynamic child whose start failed */
            remove_child(s, s->count - 1);
            status = ST_FAILED;
        }
    }
    put_status(reply, status, pid, &why);
}

/* OTP's terminate_child: stops the child as at shutdown (its shutdown spec), which is no crash:
 * nothing is restarted and the restart intensity is untouched. The spec stays (not running) until
 * restart_child or delete_child, except for temporary and simple_one_for_one children, which go. */
static int64_t terminate_request(sup_t *s, int64_t index)
{
    child_t *c = &s->children[index];
    stop_child(c);
    if (c->restart == TEMPORARY || s->strategy == SIMPLE_ONE_FOR_ONE) remove_child(s, index);
    return ST_OK;
}

/* OTP's get_childspec: (ST_OK, id, restart, shutdown ms, type) or ST_NOT_FOUND. A
 * simple_one_for_one child's spec is its template's, under the template's id. */
static void put_spec(sup_t *s, const MeshString *id, void *reply)
{
    int64_t index = find_child(s, id);
    if (index < 0) {
        mesh_msg_put_i64(reply, ST_NOT_FOUND);
        return;
    }
    const child_t *c = &s->children[index];
    mesh_msg_put_i64(reply, ST_OK);
    if (s->strategy == SIMPLE_ONE_FOR_ONE) mesh_msg_put_string(reply, (MeshString *)s->spec[HEADER_SLOTS + 3]);
    else mesh_msg_put_string(reply, mesh_string_new((const uint8_t *)c->id, c->id_len));
    mesh_msg_put_i64(reply, c->restart);
    mesh_msg_put_i64(reply, c->shutdown);
    mesh_msg_put_i64(reply, c->type);
}

/* One request: `reply` already holds the ref; the answer follows it. */
static void serve_request(sup_t *s, void *request)
{
    int64_t caller = mesh_msg_get_i64(request);
    int64_t ref = mesh_msg_get_i64(request);
    int64_t op = mesh_msg_get_i64(request);
    void *reply = mesh_msg_new();
    mesh_msg_put_i64(reply, ref);
    if (op == OP_START || op == OP_START_SPEC) {
        if (op == OP_START) start_child_request(s, request, reply);
        else start_spec_request(s, request, reply);
        mesh_actor_send_reply(caller, reply);
        return;
    }
    if (op == OP_WHICH) {
        mesh_msg_put_i64(reply, s->count);
        for (int64_t i = 0; i < s->count; i++) {
            child_t *c = &s->children[i];
            mesh_msg_put_string(reply, mesh_string_new((const uint8_t *)c->id, c->id_len));
            mesh_msg_put_i64(reply, c->running ? c->pid : 0);
        }
    } else if (op == OP_COUNT) {
        /* OTP's counts: specs, active (running), supervisors and workers (specs of each type,
         * running or not). simple_one_for_one has one spec, its template, and counts its
         * children under the template's type. */
        int64_t active = 0, supervisors = 0;
        for (int64_t i = 0; i < s->count; i++) {
            active += s->children[i].running != 0;
            supervisors += s->children[i].type == SUPERVISOR;
        }
        int64_t specs = s->count;
        if (s->strategy == SIMPLE_ONE_FOR_ONE) {
            specs = 1;
            supervisors = s->spec[HEADER_SLOTS + 4] == SUPERVISOR ? s->count : 0;
        }
        mesh_msg_put_i64(reply, specs);
        mesh_msg_put_i64(reply, active);
        mesh_msg_put_i64(reply, supervisors);
        mesh_msg_put_i64(reply, s->count - supervisors);
    } else if (op == OP_SPEC) {
        put_spec(s, mesh_msg_get_string(request), reply);
    } else {
        MeshString *id = mesh_msg_get_string(request);
        int64_t index = find_child(s, id);
        int64_t status = ST_OK, pid = 0;
        failure_t why = { R_NORMAL, NULL };
        if (index < 0) status = ST_NOT_FOUND;
        else if (op == OP_TERMINATE) status = terminate_request(s, index);
        else if (s->strategy == SIMPLE_ONE_FOR_ONE) status = ST_SIMPLE;
        else if (s->children[index].running) status = ST_RUNNING;
        else if (op == OP_RESTART) {
            /* OTP's restart_child: not a restart after a crash, so not counted either; a failed
             * start leaves the spec not running */
            if (start_child(s, &s->children[index], &why)) pid = s->children[index].pid;
            else status = ST_FAILED;
        } else {
            remove_child(s, index);
        }
        put_status(reply, status, pid, &why);
    }
    mesh_msg_free(request);
    mesh_actor_send_reply(caller, reply);
}

void mesh_supervisor_run(const int64_t *spec)
{
    mesh_actor_trap_exit(1);
    mesh_supervisor_mark(0, (MeshString *)spec[6]);
    int64_t ack = mesh_supervisor_take_ack();
    sup_t s;
    memset(&s, 0, sizeof s);
    s.spec = spec;
    s.strategy = spec[0];
    s.max_restarts = spec[1] < 0 ? 0 : spec[1];
    s.max_ms = spec[2] >= FOREVER_MS / 1000 ? FOREVER_MS : spec[2] * 1000;
    s.starter = (starter_fn)(void *)spec[4];
    if (spec[5] && mesh_process_register((MeshString *)spec[5], mesh_actor_self()) != 0) {
        /* OTP: {error, {already_started, Pid}}; the name is taken, so nothing starts (a parent
         * supervisor sees the EXIT instead of the start acknowledgement) */
        char buf[200];
        const MeshString *name = (const MeshString *)spec[5];
        snprintf(buf, sizeof buf, "already_started: the name \"%.*s\" is registered to another process",
                 (int)(mesh_str_len(name) > 100 ? 100 : mesh_str_len(name)), (const char *)mesh_str_bytes(name));
        mesh_actor_exit_self(R_CUSTOM, str(buf));
    }
    if (s.strategy != SIMPLE_ONE_FOR_ONE) {
        for (int64_t i = 0; i < spec[3]; i++) {
            child_t *c = add_child(&s);
            const int64_t *slots = spec + HEADER_SLOTS + SPEC_SLOTS * i;
            c->closure = (void *)slots[0];
            c->restart = slots[1];
            c->shutdown = slots[2];
            c->type = slots[4];
            const MeshString *id = (const MeshString *)slots[3];
            set_id(c, mesh_str_bytes(id), mesh_str_len(id));
        }
        for (int64_t i = 0; i < s.count; i++) {
            failure_t why;
            if (start_child(&s, &s.children[i], &why)) continue;
            /* OTP: the supervisor fails to start; the children started so far are stopped in
             * reverse order and it exits with {shutdown, {failed_to_start_child, Id, Reason}}
             * (a parent supervisor sees that exit before an acknowledgement: its start fails too) */
            const child_t *c = &s.children[i];
            MeshString *reason = reason_text(&why);
            size_t len = (size_t)c->id_len + (size_t)mesh_str_len(reason) + 64;
            char *buf = malloc(len);
            if (!buf) abort();
            int n = snprintf(buf, len, "failed_to_start_child: %.*s: %.*s", (int)c->id_len, c->id,
                             (int)mesh_str_len(reason), (const char *)mesh_str_bytes(reason));
            MeshString *text = mesh_string_new((const uint8_t *)buf, n);
            free(buf);
            shut_down(&s, R_CUSTOM, text);
        }
    }
    if (ack) mesh_supervisor_ack(ack);
    for (;;) {
        void *m;
        while ((m = mesh_mailbox_at(0)) != NULL) {
            switch (mesh_mailbox_kind(0)) {
            case K_EXIT: {
                int64_t pid = mesh_msg_get_i64(m);
                int64_t kind = mesh_msg_get_i64(m);
                MeshString *text = mesh_msg_get_string(m);
                mesh_mailbox_remove(0);
                child_exited(&s, pid, kind, text);
                break;
            }
            case K_START_CHILD:
                serve_request(&s, mesh_mailbox_take(0));
                break;
            default: /* late STARTED or DOWN, stray messages: nobody else reads this mailbox */
                mesh_mailbox_remove(0);
                break;
            }
        }
        mesh_receive_wait(0, -1);
    }
}

/* ---- the Supervisor module (in the calling actor) ---- */

/* Every function takes `expected`: the name of the supervisor definition the caller's pid type
 * names (`Pid<Team>`: "Team"), checked against the one the process was started from. */

/* Sends request `op` (arguments in `args`, owned from here on) to `sup` and waits. Returns the
 * mailbox index of the REPLY (read it with reply_at, then call done_call), or -1 when the
 * supervisor is not running (OTP's noproc), -2 when the caller is the supervisor itself, -3
 * when `sup` is a live process that is not a supervisor, -4 when it is a supervisor of another
 * definition than `expected` (a Pid<Sup> annotation on a Process.whereis result that named
 * another process). */
static int64_t sup_request(int64_t sup, int64_t op, void *args, MeshString *expected, int64_t *ref_out)
{
    if (sup == mesh_actor_self()) {
        mesh_msg_free(args);
        return -2;
    }
    int64_t ref = mesh_process_monitor(sup);
    int64_t refused = mesh_supervisor_request(sup, ref, op, args, expected);
    if (refused != 0) {
        mesh_process_demonitor(ref);
        return refused == 2 ? -4 : -3;
    }
    int64_t i = await_entry(K_REPLY, K_DOWN, ref, -1);
    if (mesh_mailbox_kind(i) != K_REPLY) {
        mesh_mailbox_remove(i);
        return -1;
    }
    *ref_out = ref;
    return i;
}

static int64_t sup_call(int64_t sup, int64_t op, MeshString *id, MeshString *expected, int64_t *ref_out)
{
    void *args = mesh_msg_new();
    if (id) mesh_msg_put_string(args, id);
    return sup_request(sup, op, args, expected, ref_out);
}

/* The Err text of a refused call (see sup_request). */
static const char *refusal(int64_t why)
{
    return why == -2 ? "calling_self" : why == -3 ? "not_a_supervisor" : why == -4 ? "wrong_supervisor" : "noproc";
}

/* A reader over the reply at `index`, after its ref (mesh_mailbox_at starts every reader afresh). */
static void *reply_at(int64_t index)
{
    void *m = mesh_mailbox_at(index);
    mesh_msg_get_i64(m);
    return m;
}

static void done_call(int64_t index, int64_t ref)
{
    mesh_mailbox_remove(index);
    mesh_process_demonitor(ref); /* also drops a DOWN that raced the reply */
}

__attribute__((noreturn, cold)) static void call_failed(const char *function, int64_t why, MeshString *expected)
{
    char buf[320];
    int64_t elen = expected ? mesh_str_len(expected) : 0;
    if (elen > 100) elen = 100;
    if (why == -4)
        snprintf(buf, sizeof buf, "%s: the process is a supervisor, but not a %.*s (wrong_supervisor)", function,
                 (int)elen, expected ? (const char *)mesh_str_bytes(expected) : "");
    else
        snprintf(buf, sizeof buf, "%s: %s", function,
                 why == -2 ? "a supervisor cannot call itself (calling_self)"
                 : why == -3 ? "the process is not a supervisor (not_a_supervisor)"
                 : "the supervisor is not running (noproc)");
    mesh_panic_at_call_site((const uint8_t *)buf, (int64_t)strlen(buf));
}

/* Mesh values built here: Option and Result are { tag, field } (Some/Ok 0, None/Err 1). */
static uint64_t *variant(int64_t tag, uint64_t field)
{
    uint64_t *v = mesh_alloc(16);
    v[0] = (uint64_t)tag;
    v[1] = field;
    return v;
}

static uint64_t *err(const char *why) { return variant(1, (uint64_t)(uintptr_t)str(why)); }

/* The Result of a request answered with (status, pid[, reason]): Ok(pid or ()) or Err(why), OTP's
 * {error, Why}; a failed start's Err is its reason as Mesh shows it (Panic(...), Custom(...)). */
static uint64_t *status_result(int64_t index, int64_t ref)
{
    void *m = reply_at(index);
    int64_t status = mesh_msg_get_i64(m);
    int64_t pid = mesh_msg_get_i64(m);
    if (status == ST_FAILED) {
        MeshString *reason = mesh_msg_get_string(m);
        done_call(index, ref);
        return variant(1, (uint64_t)(uintptr_t)reason);
    }
    done_call(index, ref);
    switch (status) {
    case ST_OK: return variant(0, (uint64_t)pid);
    case ST_NOT_FOUND: return err("not_found");
    case ST_RUNNING: return err("running");
    case ST_ALREADY_PRESENT: return err("already_present");
    case ST_ALREADY_STARTED: return err("already_started");
    case ST_NOT_SIMPLE: return err("not_simple_one_for_one");
    default: return err("simple_one_for_one");
    }
}

/* Pool.start_child(sup, args...) for a simple_one_for_one supervisor: sends the request (args:
 * the encoded arguments, owned by the runtime from here on) and waits. Ok(pid), or Err with the
 * reason the start failed, or why the supervisor did not answer. */
void *mesh_supervisor_start_child(int64_t sup, void *args, MeshString *expected)
{
    int64_t ref = 0;
    int64_t i = sup_request(sup, OP_START, args, expected, &ref);
    if (i < 0) return err(refusal(i));
    return status_result(i, ref);
}

/* Supervisor.which_children(sup) -> List<(String, Option<Pid>)>: every child spec in start
 * order, with its pid while it runs (None: terminated, or ended and not restarted). */
mesh_list *mesh_supervisor_which_children(int64_t sup, MeshString *expected)
{
    int64_t ref = 0;
    int64_t i = sup_call(sup, OP_WHICH, NULL, expected, &ref);
    if (i < 0) call_failed("Supervisor.which_children", i, expected);
    void *m = reply_at(i);
    int64_t n = mesh_msg_get_i64(m);
    mesh_list *l = mesh_list_flat(n);
    for (int64_t k = 0; k < n; k++) {
        MeshString *id = mesh_msg_get_string(m);
        int64_t pid = mesh_msg_get_i64(m);
        uint64_t *option = pid > 0 ? variant(0, (uint64_t)pid) : variant(1, 0);
        uint64_t *pair = mesh_alloc(16); /* a 2-tuple: two slots */
        pair[0] = (uint64_t)(uintptr_t)id;
        pair[1] = (uint64_t)(uintptr_t)option;
        l->items[k] = (uint64_t)(uintptr_t)pair;
    }
    done_call(i, ref);
    return l;
}

/* Supervisor.count_children(sup) -> Supervisor.ChildCounts, a struct of four Ints in OTP's
 * order: specs, active, supervisors, workers (stdlib/mesh/supervisor.mpl). */
void *mesh_supervisor_count_children(int64_t sup, MeshString *expected)
{
    int64_t ref = 0;
    int64_t i = sup_call(sup, OP_COUNT, NULL, expected, &ref);
    if (i < 0) call_failed("Supervisor.count_children", i, expected);
    void *m = reply_at(i);
    int64_t *counts = mesh_alloc(32);
    for (int k = 0; k < 4; k++) counts[k] = mesh_msg_get_i64(m);
    done_call(i, ref);
    return counts;
}

/* Supervisor.get_childspec(sup, id) -> Result<Supervisor.ChildSpecInfo, String>: the struct's
 * four Strings in order (stdlib/mesh/supervisor.mpl): id, restart, shutdown, child_type, in the
 * words a spec is written with. */
void *mesh_supervisor_get_childspec(int64_t sup, MeshString *id, MeshString *expected)
{
    int64_t ref = 0;
    int64_t i = sup_call(sup, OP_SPEC, id, expected, &ref);
    if (i < 0) return err(refusal(i));
    void *m = reply_at(i);
    if (mesh_msg_get_i64(m) != ST_OK) {
        done_call(i, ref);
        return err("not_found");
    }
    MeshString *spec_id = mesh_msg_get_string(m);
    int64_t restart = mesh_msg_get_i64(m);
    int64_t shutdown = mesh_msg_get_i64(m);
    int64_t type = mesh_msg_get_i64(m);
    done_call(i, ref);
    char ms[32];
    snprintf(ms, sizeof ms, "%lld", (long long)shutdown);
    uint64_t *info = mesh_alloc(32);
    info[0] = (uint64_t)(uintptr_t)spec_id;
    info[1] = (uint64_t)(uintptr_t)str(restart == PERMANENT ? "permanent" : restart == TRANSIENT ? "transient" : "temporary");
    info[2] = (uint64_t)(uintptr_t)str(shutdown < 0 ? "brutal_kill" : shutdown >= FOREVER_MS ? "infinity" : ms);
    info[3] = (uint64_t)(uintptr_t)str(type == SUPERVISOR ? "supervisor" : "worker");
    return variant(0, (uint64_t)(uintptr_t)info);
}

/* terminate_child, restart_child, delete_child */
static uint64_t *child_call(int64_t sup, int64_t op, MeshString *id, MeshString *expected)
{
    int64_t ref = 0;
    int64_t i = sup_call(sup, op, id, expected, &ref);
    if (i < 0) return err(refusal(i));
    return status_result(i, ref);
}

/* Supervisor.start_child(sup, spec) -> Result<Pid<m>, String>: sends the spec (see the top of
 * this file) with its start closure's captures, encoded by the spec's encoder in the caller, so
 * the supervisor holds its own copy. */
void *mesh_supervisor_start_child_spec(int64_t sup, const int64_t *spec, MeshString *expected)
{
    if (sup == mesh_actor_self()) return err("calling_self");
    int64_t mode = spec[6], shutdown = spec[5];
    if (mode == 1) shutdown = -1;
    else if (mode == 2 || shutdown >= FOREVER_MS) shutdown = FOREVER_MS;
    else if (shutdown < 0) shutdown = 0;
    void *args = mesh_msg_new();
    mesh_msg_put_string(args, (MeshString *)spec[0]);
    mesh_msg_put_i64(args, spec[4]);
    mesh_msg_put_i64(args, shutdown);
    mesh_msg_put_i64(args, spec[7]);
    mesh_msg_put_i64(args, spec[3]);
    ((encoder_fn)(void *)spec[2])((void *)spec[1], args);
    int64_t ref = 0;
    int64_t i = sup_request(sup, OP_START_SPEC, args, expected, &ref);
    if (i < 0) return err(refusal(i));
    return status_result(i, ref);
}

void *mesh_supervisor_terminate_child(int64_t sup, MeshString *id, MeshString *expected) { return child_call(sup, OP_TERMINATE, id, expected); }
void *mesh_supervisor_restart_child(int64_t sup, MeshString *id, MeshString *expected) { return child_call(sup, OP_RESTART, id, expected); }
void *mesh_supervisor_delete_child(int64_t sup, MeshString *id, MeshString *expected) { return child_call(sup, OP_DELETE, id, expected); }
