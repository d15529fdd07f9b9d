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
 * so children start one after another in order, as OTP's synchronous start_link does.
 *
 * Requests from other actors (START_CHILD entries, kind 8: caller, ref, op, then the operation's
 * arguments) are served by the loop one at a time, between the exits it handles, so they never
 * race with a restart: start_child, which_children, count_children, terminate_child,
 * restart_child, delete_child (OTP's supervisor API). The answer is a REPLY (kind 5) with the ref.
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
int64_t mesh_supervisor_request(int64_t sup, int64_t ref, int64_t op, void *args);
void mesh_supervisor_mark(int64_t pid);
void mesh_msg_put_string(void *m, MeshString *s);
__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len);
void *mesh_mailbox_take(int64_t index);
void mesh_msg_rewind(void *m);
void mesh_msg_free(void *m);

enum { K_EXIT = 1, K_DOWN = 2, K_REPLY = 5, K_STARTED = 7, K_START_CHILD = 8 };
enum { R_NORMAL = 0, R_KILLED = 2, R_SHUTDOWN = 3, R_CUSTOM = 4, R_NOPROC = 5 };
enum { ONE_FOR_ONE = 0, ONE_FOR_ALL = 1, REST_FOR_ONE = 2, SIMPLE_ONE_FOR_ONE = 3 };
enum { PERMANENT = 0, TRANSIENT = 1, TEMPORARY = 2 };
/* requests (the op word of a START_CHILD entry) and their outcomes */
enum { OP_START = 0, OP_WHICH = 1, OP_COUNT = 2, OP_TERMINATE = 3, OP_RESTART = 4, OP_DELETE = 5, OP_START_SPEC = 6 };
enum { ST_OK = 0, ST_NOT_FOUND = 1, ST_RUNNING = 2, ST_SIMPLE = 3, ST_ALREADY_PRESENT = 4, ST_ALREADY_STARTED = 5 };
enum { WORKER = 0, SUPERVISOR = 1 };
#define HEADER_SLOTS 6
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

static void start_child(sup_t *s, child_t *c)
{
    (void)s;
    mesh_supervisor_start_begin();
    int64_t pid;
    if (c->request) {
        ((msg_head *)c->request)->pos = c->args_pos;
        pid = c->starter(c->closure, c->request);
    } else {
        pid = ((start_fn)(*(void **)c->closure))(c->closure);
    }
    int64_t linked = mesh_supervisor_start_end();
    c->pid = pid;
    c->running = 1;
    if (linked == pid && pid > 0) {
        /* wait until it has started (first switch-out) or exited; an EXIT stays queued */
        int64_t i = await_entry(K_STARTED, K_EXIT, pid, -1);
        if (mesh_mailbox_kind(i) == K_STARTED) mesh_mailbox_remove(i);
        return;
    }
    /* The start function returned another process than the one it spawned first (or spawned
     * nothing): supervise the one it returned. A dead or unknown pid gives EXIT(pid, noproc). */
    if (linked > 0) {
        mesh_actor_unlink(linked);
        flush_exits(linked);
    }
    mesh_actor_link(pid);
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
    child_t *c = &s->children[index];
    c->running = 0;
    int restart = c->restart == PERMANENT
        || (c->restart == TRANSIENT && kind != R_NORMAL && kind != R_SHUTDOWN);
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
        for (int64_t i = from; i < s->count; i++) start_child(s, &s->children[i]);
    } else {
        start_child(s, c);
    }
}

static void start_child_request(sup_t *s, void *request, void *reply)
{
    int64_t pid = 0;
    if (s->strategy == SIMPLE_ONE_FOR_ONE && s->starter) {
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
        start_child(s, c);
        pid = c->pid;
    } else {
        mesh_msg_free(request);
    }
    mesh_msg_put_i64(reply, pid);
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
        start_child(s, c);
        pid = c->pid;
    }
    mesh_msg_put_i64(reply, status);
    mesh_msg_put_i64(reply, pid);
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
    } else {
        MeshString *id = mesh_msg_get_string(request);
        int64_t index = find_child(s, id);
        int64_t status = ST_OK, pid = 0;
        if (index < 0) status = ST_NOT_FOUND;
        else if (op == OP_TERMINATE) status = terminate_request(s, index);
        else if (s->strategy == SIMPLE_ONE_FOR_ONE) status = ST_SIMPLE;
        else if (s->children[index].running) status = ST_RUNNING;
        else if (op == OP_RESTART) {
            /* OTP's restart_child: not a restart after a crash, so not counted either */
            start_child(s, &s->children[index]);
            pid = s->children[index].pid;
        } else {
            remove_child(s, index);
        }
        mesh_msg_put_i64(reply, status);
        mesh_msg_put_i64(reply, pid);
    }
    mesh_msg_free(request);
    mesh_actor_send_reply(caller, reply);
}

void mesh_supervisor_run(const int64_t *spec)
{
    mesh_actor_trap_exit(1);
    mesh_supervisor_mark(0);
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
        for (int64_t i = 0; i < s.count; i++) start_child(&s, &s.children[i]);
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

/* Supervisor.start_child from any actor: sends the request (args: the encoded arguments,
 * owned by the runtime from here on) and waits for the reply. Returns the child's pid, or 0
 * when the supervisor is not running (or ends before it answers). */
int64_t mesh_supervisor_start_child(int64_t sup, void *args)
{
    int64_t ref = mesh_process_monitor(sup);
    if (mesh_supervisor_request(sup, ref, OP_START, args) != 0) {
        mesh_process_demonitor(ref);
        return 0;
    }
    int64_t i = await_entry(K_REPLY, K_DOWN, ref, -1);
    int64_t pid = 0;
    void *m = mesh_mailbox_at(i);
    if (mesh_mailbox_kind(i) == K_REPLY) {
        mesh_msg_get_i64(m);
        pid = mesh_msg_get_i64(m);
        mesh_mailbox_remove(i);
        mesh_process_demonitor(ref); /* also drops a DOWN that raced the reply */
    } else {
        mesh_mailbox_remove(i);
    }
    return pid;
}

/* ---- the Supervisor module (in the calling actor) ---- */

/* Sends request `op` (with the child id, if any) to `sup` and waits. Returns the mailbox index of
 * the REPLY (read it with reply_at, then call done_call), or -1 when the supervisor is not
 * running (OTP's noproc), -2 when the caller is the supervisor itself, -3 when `sup` is a live
 * process that is not a supervisor (a Pid<Sup> annotation on a Process.whereis result that
 * named another process). */
static int64_t sup_call(int64_t sup, int64_t op, MeshString *id, int64_t *ref_out)
{
    if (sup == mesh_actor_self()) return -2;
    int64_t ref = mesh_process_monitor(sup);
    void *args = mesh_msg_new();
    if (id) mesh_msg_put_string(args, id);
    if (mesh_supervisor_request(sup, ref, op, args) != 0) {
        mesh_process_demonitor(ref);
        return -3;
    }
    int64_t i = await_entry(K_REPLY, K_DOWN, ref, -1);
    if (mesh_mailbox_kind(i) != K_REPLY) {
        mesh_mailbox_remove(i);
        return -1;
    }
    *ref_out = ref;
    return i;
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

__attribute__((noreturn, cold)) static void call_failed(const char *function, int64_t why)
{
    char buf[160];
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

/* Supervisor.which_children(sup) -> List<(String, Option<Pid>)>: every child spec in start
 * order, with its pid while it runs (None: terminated, or ended and not restarted). */
mesh_list *mesh_supervisor_which_children(int64_t sup)
{
    int64_t ref = 0;
    int64_t i = sup_call(sup, OP_WHICH, NULL, &ref);
    if (i < 0) call_failed("Supervisor.which_children", i);
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
void *mesh_supervisor_count_children(int64_t sup)
{
    int64_t ref = 0;
    int64_t i = sup_call(sup, OP_COUNT, NULL, &ref);
    if (i < 0) call_failed("Supervisor.count_children", i);
    void *m = reply_at(i);
    int64_t *counts = mesh_alloc(32);
    for (int k = 0; k < 4; k++) counts[k] = mesh_msg_get_i64(m);
    done_call(i, ref);
    return counts;
}

/* The Result of a request answered with (status, pid): Ok(pid or ()) or Err(why), OTP's {error, Why}. */
static uint64_t *status_result(int64_t index, int64_t ref)
{
    void *m = reply_at(index);
    int64_t status = mesh_msg_get_i64(m);
    int64_t pid = mesh_msg_get_i64(m);
    done_call(index, ref);
    const char *why;
    switch (status) {
    case ST_OK: return variant(0, (uint64_t)pid);
    case ST_NOT_FOUND: why = "not_found"; break;
    case ST_RUNNING: why = "running"; break;
    case ST_ALREADY_PRESENT: why = "already_present"; break;
    case ST_ALREADY_STARTED: why = "already_started"; break;
    default: why = "simple_one_for_one"; break;
    }
    return variant(1, (uint64_t)(uintptr_t)str(why));
}

/* terminate_child, restart_child, delete_child */
static uint64_t *child_call(int64_t sup, int64_t op, MeshString *id)
{
    int64_t ref = 0;
    int64_t i = sup_call(sup, op, id, &ref);
    if (i < 0) return variant(1, (uint64_t)(uintptr_t)str(i == -2 ? "calling_self" : i == -3 ? "not_a_supervisor" : "noproc"));
    return status_result(i, ref);
}

/* Supervisor.start_child(sup, spec) -> Result<Pid<m>, String>: sends the spec (see the top of
 * this file) with its start closure's captures, encoded by the spec's encoder in the caller, so
 * the supervisor holds its own copy. */
void *mesh_supervisor_start_child_spec(int64_t sup, const int64_t *spec)
{
    if (sup == mesh_actor_self()) return variant(1, (uint64_t)(uintptr_t)str("calling_self"));
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
    int64_t ref = mesh_process_monitor(sup);
    if (mesh_supervisor_request(sup, ref, OP_START_SPEC, args) != 0) {
        mesh_process_demonitor(ref);
        return variant(1, (uint64_t)(uintptr_t)str("not_a_supervisor"));
    }
    int64_t i = await_entry(K_REPLY, K_DOWN, ref, -1);
    if (mesh_mailbox_kind(i) != K_REPLY) {
        mesh_mailbox_remove(i);
        return variant(1, (uint64_t)(uintptr_t)str("noproc"));
    }
    return status_result(i, ref);
}

void *mesh_supervisor_terminate_child(int64_t sup, MeshString *id) { return child_call(sup, OP_TERMINATE, id); }
void *mesh_supervisor_restart_child(int64_t sup, MeshString *id) { return child_call(sup, OP_RESTART, id); }
void *mesh_supervisor_delete_child(int64_t sup, MeshString *id) { return child_call(sup, OP_DELETE, id); }
