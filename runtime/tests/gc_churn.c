/* Per-actor GC, bounded memory: an actor allocates argv[1] MB (default 1024) of short-lived
 * strings while keeping a few alive (from a scanned array, from locals, and a list of
 * pointer objects), checks them all at the end and prints the process's peak RSS.
 * Output: errors, collections, allocated_mb, live_kb and heap_kb (last collection), vmhwm_kb. */
#include "mesh_abi.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

void *mesh_alloc_bytes(int64_t size);
void mesh_rt_debug_heap_stats(int64_t *out);

static int64_t MB = 1024;

static int64_t vm_kb(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int64_t v = -1;
    size_t n = strlen(key);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, key, n) == 0) v = atol(line + n + 1);
    if (f) fclose(f);
    return v;
}

static MeshString *make(int64_t seed, int64_t len)
{
    MeshString *s = mesh_alloc_bytes(8 + len);
    s->len = len;
    for (int64_t i = 0; i < len; i++) s->bytes[i] = (uint8_t)(seed * 31 + i * 7);
    return s;
}

static int check(MeshString *s, int64_t seed, int64_t len)
{
    if (!s || s->len != len) return 1;
    for (int64_t i = 0; i < len; i++)
        if (s->bytes[i] != (uint8_t)(seed * 31 + i * 7)) return 1;
    return 0;
}

typedef struct Node { int64_t seed; MeshString *s; struct Node *next; } Node;

static void churn(void *args)
{
    int64_t parent = mesh_msg_get_i64(args);
    enum { KEEP = 16 };
    /* kept[i] holds the string made with seed keep_seed[i] */
    MeshString **kept = mesh_alloc(KEEP * 8);
    int64_t *keep_seed = mesh_alloc(KEEP * 8);
    MeshString *local = make(-1, 1000);          /* only on the stack / in a register */
    Node *list = NULL;                           /* grows slowly: 1 node per 4096 iterations */
    int64_t list_len = 0;
    int64_t total = MB * 1024 * 1024, done = 0, iter = 0;
    while (done < total) {
        int64_t len = 200 + (iter % 1800);
        MeshString *s = make(iter, len);
        done += len + 16;
        if (iter % 997 == 0) { kept[iter % KEEP] = s; keep_seed[iter % KEEP] = iter; }
        if (iter % 4096 == 0) {
            Node *n = mesh_alloc(sizeof(Node));
            n->seed = iter;
            n->s = make(iter, 64);
            n->next = list;
            list = n;
            list_len++;
        }
        /* a little pointer garbage too */
        Node *g = mesh_alloc(sizeof(Node));
        g->s = s;
        done += 32;
        iter++;
    }
    int64_t errors = check(local, -1, 1000);
    for (int i = 0; i < KEEP; i++)
        if (kept[i]) errors += check(kept[i], keep_seed[i], 200 + (keep_seed[i] % 1800));
    int64_t n = 0;
    for (Node *p = list; p; p = p->next, n++) errors += check(p->s, p->seed, 64);
    if (n != list_len) errors++;
    int64_t st[4];
    mesh_rt_debug_heap_stats(st);
    void *m = mesh_msg_new();
    mesh_msg_put_i64(m, errors);
    mesh_msg_put_i64(m, st[2]);
    mesh_msg_put_i64(m, st[3] >> 20);
    mesh_msg_put_i64(m, st[0] >> 10);
    mesh_msg_put_i64(m, st[1] >> 10);
    mesh_actor_send(parent, m);
}

static void mesh_main(void *args)
{
    (void)args;
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, mesh_actor_self());
    mesh_actor_spawn(churn, a);
    while (!mesh_receive_wait(0, -1)) {}
    void *r = mesh_mailbox_at(0);
    int64_t errors = mesh_msg_get_i64(r), collections = mesh_msg_get_i64(r), mb = mesh_msg_get_i64(r);
    int64_t live_kb = mesh_msg_get_i64(r), footprint_kb = mesh_msg_get_i64(r);
    mesh_mailbox_remove(0);
    char buf[256];
    int len = snprintf(buf, sizeof buf, "errors %ld\ncollections %ld\nallocated_mb %ld\nlive_kb %ld\nheap_kb %ld\nvmhwm_kb %ld\n",
                       (long)errors, (long)collections, (long)mb, (long)live_kb, (long)footprint_kb, (long)vm_kb("VmHWM:"));
    mesh_print(mesh_string_new((const uint8_t *)buf, len));
}

int main(int argc, char **argv)
{
    if (argc > 1) MB = atol(argv[1]);
    return mesh_rt_main(argc, argv, mesh_main);
}
