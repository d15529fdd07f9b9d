/*
 * Map<K, V>, Set<T> and Queue<T> of the standard library: immutable values with cheap updates.
 *
 * Keys and values are 8-byte slots, as in lists (runtime/native/mesh_lists.c). The runtime never
 * looks inside a key: generated code passes each key's hash (computed by a per-type helper) and
 * says how to compare two keys: `kind` 0 compares the slot words (Int, Bool, Pid, ()), 1 compares
 * them as strings, 2 calls `eq`, a generated function (Float, tuples, structs, sum types, lists,
 * maps...) returning 1 when its two keys are equal.
 *
 * A map is a header { store, n, size } over a store that is shared by the versions of one map:
 * an append-only log of entries (INSERT of a new key, UPDATE of a key's value, DELETE) plus an
 * open-addressing hash index from each key to its most recent entry. Every entry links to the
 * previous entry of the same key. A header sees the first `n` entries of the log: the value of a
 * key in that version is its latest entry below `n`. So
 *   - a put or delete on the newest version of a store appends one entry in place and returns a new
 *     header (older headers still see only their prefix): O(1) expected, amortised;
 *   - a put or delete on an older version first copies that version into a fresh store: O(size);
 *   - when dead entries (superseded values, deletions) outnumber the live ones, the next update
 *     compacts the log into a fresh store, so the log of the newest version stays O(size);
 *   - a lookup is O(1) expected, plus one step per later update of the same key when it is made
 *     on an old version;
 *   - iteration is in insertion order: an INSERT entry is live in a version when the latest entry
 *     of its key below `n` belongs to it (an UPDATE of it, or itself). A key put again after a
 *     delete goes to the end; an update keeps the key's position.
 * Everything is allocated on the current actor's heap (mesh_alloc: scanned, mesh_alloc_bytes: the
 * pointer-free index), so the collector keeps keys and values alive through the log; stores are
 * mutated only by appending and by swapping in a larger entry array or index (the collector is
 * non-moving and has no write barrier to respect).
 *
 * A set is a map whose values are all 0. A queue is a header { vec, head, tail } over a growable
 * vector shared the same way: a push on the newest version writes in place.
 */
#include <stdint.h>
#include <string.h>

#include "mesh_list.h"
#include "mesh_string.h"

void *mesh_alloc(int64_t size);
void *mesh_alloc_bytes(int64_t size);


typedef int64_t (*mesh_key_eq)(uint64_t a, uint64_t b);

typedef struct entry {
    uint64_t key;   /* for UPDATE and DELETE: the key word of the INSERT they belong to */
    uint64_t val;
    uint64_t hash;
    int64_t prev;   /* previous entry of the same key, or -1 */
    int64_t origin; /* INSERT: itself; UPDATE: its INSERT; DELETE: -1 */
} entry;

typedef struct store {
    int64_t used;     /* entries in the log */
    int64_t cap;
    entry *entries;   /* mesh_alloc: holds keys and values */
    int64_t *index;   /* mesh_alloc_bytes: entry + 1 of each key's latest entry, 0 = free */
    int64_t mask;     /* index size - 1 (a power of two) */
    int64_t keys;     /* occupied index slots */
} store;

typedef struct mesh_map {
    store *s;      /* NULL for the empty map */
    int64_t n;     /* entries of the log this version sees */
    int64_t size;  /* live keys */
} mesh_map;

static uint64_t mix(uint64_t h)
{
    /* splitmix64's finaliser: spreads every input bit over the index position */
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

/* A hash for hash combinations in generated code (tuples, lists, maps). */
int64_t mesh_hash_mix(int64_t h) { return (int64_t)mix((uint64_t)h); }

int64_t mesh_string_hash(const mesh_string *s)
{
    uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a */
    const uint8_t *bytes = mesh_str_bytes(s);
    for (int64_t i = 0, n = mesh_str_len(s); i < n; i++) {
        h ^= bytes[i];
        h *= 0x100000001b3ULL;
    }
    return (int64_t)h;
}

static int keys_equal(uint64_t a, uint64_t b, int64_t kind, mesh_key_eq eq)
{
    if (a == b) return kind != 2 || eq(a, b) != 0; /* a Float NaN is not equal to itself */
    switch (kind) {
    case 0:
        return 0;
    case 1: {
        const mesh_string *x = (const mesh_string *)(uintptr_t)a, *y = (const mesh_string *)(uintptr_t)b;
        return mesh_str_len(x) == mesh_str_len(y) && memcmp(mesh_str_bytes(x), mesh_str_bytes(y), (size_t)mesh_str_len(x)) == 0;
    }
    default:
        return eq(a, b) != 0;
    }
}

static store *store_new(int64_t entries)
{
    store *s = mesh_alloc(sizeof(store));
    int64_t cap = 8;
    while (cap < entries) cap *= 2;
    int64_t slots = 16;
    while (slots < 2 * cap) slots *= 2;
    s->cap = cap;
    s->entries = mesh_alloc(cap * (int64_t)sizeof(entry));
    s->mask = slots - 1;
    s->index = mesh_alloc_bytes(slots * 8); /* zeroed: every slot free */
    return s;
}

static mesh_map *header(store *s, int64_t n, int64_t size)
{
    mesh_map *m = mesh_alloc(sizeof(mesh_map));
    m->s = s;
    m->n = n;
    m->size = size;
    return m;
}

/* The index slot of a key: the slot holding its latest entry, or the free slot where it would go. */
static int64_t slot_of(const store *s, uint64_t key, uint64_t hash, int64_t kind, mesh_key_eq eq)
{
    int64_t i = (int64_t)(mix(hash) & (uint64_t)s->mask);
    for (;;) {
        int64_t e = s->index[i] - 1;
        if (e < 0) return i;
        if (s->entries[e].hash == hash && keys_equal(s->entries[e].key, key, kind, eq)) return i;
        i = (i + 1) & s->mask;
    }
}

static void index_grow(store *s)
{
    int64_t slots = (s->mask + 1) * 2;
    int64_t *index = mesh_alloc_bytes(slots * 8); /* zeroed: every slot free */
    for (int64_t i = 0; i <= s->mask; i++) {
        int64_t e = s->index[i] - 1;
        if (e < 0) continue;
        int64_t j = (int64_t)(mix(s->entries[e].hash) & (uint64_t)(slots - 1));
        while (index[j] != 0) j = (j + 1) & (slots - 1);
        index[j] = e + 1;
    }
    s->index = index;
    s->mask = slots - 1;
}

/* Appends an entry to the log and makes it its key's latest (slot from slot_of). */
static void append(store *s, int64_t slot, uint64_t key, uint64_t val, uint64_t hash, int64_t prev, int64_t origin_or_self)
{
    if (s->used == s->cap) {
        entry *bigger = mesh_alloc(2 * s->cap * (int64_t)sizeof(entry));
        memcpy(bigger, s->entries, (size_t)s->used * sizeof(entry));
        s->entries = bigger;
        s->cap *= 2;
    }
    int64_t e = s->used++;
    entry *x = &s->entries[e];
    x->key = key;
    x->val = val;
    x->hash = hash;
    x->prev = prev;
    x->origin = origin_or_self == -2 ? e : origin_or_self;
    if (s->index[slot] == 0) s->keys++;
    s->index[slot] = e + 1;
    if (2 * s->keys > s->mask + 1) index_grow(s);
}

/* The entry holding the key's value in this version, or -1 when the key is absent. */
static int64_t find(const mesh_map *m, uint64_t key, uint64_t hash, int64_t kind, mesh_key_eq eq)
{
    const store *s = m->s;
    if (s == NULL || m->size == 0) return -1;
    int64_t e = s->index[slot_of(s, key, hash, kind, eq)] - 1;
    while (e >= m->n) e = s->entries[e].prev;
    return e >= 0 && s->entries[e].origin >= 0 ? e : -1;
}

/* For the INSERT entry i: the entry holding its value in a version seeing n entries, or -1 when
 * that key was deleted or re-inserted since. Needs no key comparison: the chains of different
 * keys are disjoint, so the chain that passes through i is i's. */
static int64_t current_of(const store *s, int64_t i, int64_t n)
{
    uint64_t hash = s->entries[i].hash;
    int64_t j = (int64_t)(mix(hash) & (uint64_t)s->mask);
    for (;;) {
        int64_t e = s->index[j] - 1;
        if (e < 0) return -1; /* cannot happen: every key's chain is in the index */
        if (s->entries[e].hash == hash) {
            int64_t x = e;
            while (x > i) x = s->entries[x].prev;
            if (x == i) {
                while (e >= n) e = s->entries[e].prev;
                return s->entries[e].origin == i ? e : -1;
            }
        }
        j = (j + 1) & s->mask;
    }
}

/* Runs BODY with KEY, VAL and HASH bound to each live key of a version, in insertion order. */
#define FOR_EACH_LIVE(m, KEY, VAL, HASH, BODY)                                   \
    do {                                                                        \
        const store *fe_s = (m)->s;                                             \
        for (int64_t fe_i = 0; fe_s && fe_i < (m)->n; fe_i++) {                 \
            if (fe_s->entries[fe_i].origin != fe_i) continue;                   \
            int64_t fe_e = current_of(fe_s, fe_i, (m)->n);                      \
            if (fe_e < 0) continue;                                             \
            uint64_t KEY = fe_s->entries[fe_i].key;                             \
            uint64_t VAL = fe_s->entries[fe_e].val;                             \
            uint64_t HASH = fe_s->entries[fe_i].hash;                           \
            BODY;                                                               \
        }                                                                       \
    } while (0)

/* A fresh store holding exactly the live keys of m, in order (keys known distinct: no comparisons). */
static store *compact(const mesh_map *m, int64_t room)
{
    store *s = store_new(m->size + room);
    FOR_EACH_LIVE(m, key, val, hash, {
        int64_t j = (int64_t)(mix(hash) & (uint64_t)s->mask);
        while (s->index[j] != 0) j = (j + 1) & s->mask;
        append(s, j, key, val, hash, -1, -2);
    });
    return s;
}

/* The store to append to for an update of m: its own when m is the newest version and the log is
 * not mostly dead entries, else a compacted copy. */
static store *writable(const mesh_map *m)
{
    store *s = m->s;
    if (s == NULL) return store_new(1);
    if (m->n == s->used && s->used - m->size <= m->size + 8) return s;
    return compact(m, 1);
}

mesh_map *mesh_map_new(void) { return header(NULL, 0, 0); }

int64_t mesh_map_size(const mesh_map *m) { return m->size; }

static mesh_map *put(const mesh_map *m, uint64_t key, uint64_t hash, uint64_t val, int64_t kind, mesh_key_eq eq, int keep_existing)
{
    int64_t found = find(m, key, hash, kind, eq);
    if (found >= 0 && (keep_existing || m->s->entries[found].val == val)) return (mesh_map *)m;
    store *s = writable(m);
    int64_t slot = slot_of(s, key, hash, kind, eq);
    int64_t latest = s->index[slot] - 1;
    if (latest >= 0 && s->entries[latest].origin >= 0) {
        int64_t origin = s->entries[latest].origin;
        append(s, slot, s->entries[origin].key, val, hash, latest, origin);
        return header(s, s->used, m->size);
    }
    append(s, slot, key, val, hash, latest, -2);
    return header(s, s->used, m->size + 1);
}

mesh_map *mesh_map_put(const mesh_map *m, uint64_t key, int64_t hash, uint64_t val, int64_t kind, mesh_key_eq eq)
{
    return put(m, key, (uint64_t)hash, val, kind, eq, 0);
}

mesh_map *mesh_set_add(const mesh_map *m, uint64_t key, int64_t hash, int64_t kind, mesh_key_eq eq)
{
    return put(m, key, (uint64_t)hash, 0, kind, eq, 1);
}

mesh_map *mesh_map_delete(const mesh_map *m, uint64_t key, int64_t hash, int64_t kind, mesh_key_eq eq)
{
    if (find(m, key, (uint64_t)hash, kind, eq) < 0) return (mesh_map *)m;
    store *s = writable(m);
    int64_t slot = slot_of(s, key, (uint64_t)hash, kind, eq);
    int64_t latest = s->index[slot] - 1;
    append(s, slot, s->entries[s->entries[latest].origin].key, 0, (uint64_t)hash, latest, -1);
    return header(s, s->used, m->size - 1);
}

/* The entry of the key's value (for mesh_map_entry_value), or -1 when absent. */
int64_t mesh_map_find(const mesh_map *m, uint64_t key, int64_t hash, int64_t kind, mesh_key_eq eq)
{
    return find(m, key, (uint64_t)hash, kind, eq);
}

uint64_t mesh_map_entry_value(const mesh_map *m, int64_t e) { return m->s->entries[e].val; }

int8_t mesh_map_has_key(const mesh_map *m, uint64_t key, int64_t hash, int64_t kind, mesh_key_eq eq)
{
    return find(m, key, (uint64_t)hash, kind, eq) >= 0;
}

static mesh_list *list_of(int64_t len) { return mesh_list_flat(len); }

mesh_list *mesh_map_keys(const mesh_map *m)
{
    mesh_list *r = list_of(m->size);
    int64_t k = 0;
    FOR_EACH_LIVE(m, key, val, hash, { (void)val; (void)hash; r->items[k++] = key; });
    return r;
}

mesh_list *mesh_map_values(const mesh_map *m)
{
    mesh_list *r = list_of(m->size);
    int64_t k = 0;
    FOR_EACH_LIVE(m, key, val, hash, { (void)key; (void)hash; r->items[k++] = val; });
    return r;
}

/* [(key, value)] as 2-slot tuple objects. */
mesh_list *mesh_map_to_list(const mesh_map *m)
{
    mesh_list *r = list_of(m->size);
    int64_t k = 0;
    FOR_EACH_LIVE(m, key, val, hash, {
        (void)hash;
        uint64_t *pair = mesh_alloc(16);
        pair[0] = key;
        pair[1] = val;
        r->items[k++] = (uint64_t)(uintptr_t)pair;
    });
    return r;
}

/* a with every entry of b put in order (b's values win). */
mesh_map *mesh_map_merge(const mesh_map *a, const mesh_map *b, int64_t kind, mesh_key_eq eq)
{
    const mesh_map *r = a;
    FOR_EACH_LIVE(b, key, val, hash, { r = put(r, key, hash, val, kind, eq, 0); });
    return (mesh_map *)r;
}

mesh_map *mesh_set_union(const mesh_map *a, const mesh_map *b, int64_t kind, mesh_key_eq eq)
{
    const mesh_map *r = a;
    FOR_EACH_LIVE(b, key, val, hash, { (void)val; r = put(r, key, hash, 0, kind, eq, 1); });
    return (mesh_map *)r;
}

/* The keys of a that are (keep = 1) or are not (keep = 0) in b, in a's order. */
static mesh_map *filter_by(const mesh_map *a, const mesh_map *b, int keep, int64_t kind, mesh_key_eq eq)
{
    const mesh_map *r = mesh_map_new();
    FOR_EACH_LIVE(a, key, val, hash, {
        if ((find(b, key, hash, kind, eq) >= 0) == keep) r = put(r, key, hash, val, kind, eq, 1);
    });
    return (mesh_map *)r;
}

mesh_map *mesh_set_intersection(const mesh_map *a, const mesh_map *b, int64_t kind, mesh_key_eq eq)
{
    return filter_by(a, b, 1, kind, eq);
}

mesh_map *mesh_set_difference(const mesh_map *a, const mesh_map *b, int64_t kind, mesh_key_eq eq)
{
    return filter_by(a, b, 0, kind, eq);
}

/* ---- queues ---- */

typedef struct vec {
    int64_t used;
    int64_t cap;
    uint64_t *items; /* mesh_alloc */
} vec;

typedef struct mesh_queue {
    vec *v;       /* NULL for the empty queue */
    int64_t head; /* first item */
    int64_t tail; /* one past the last item */
} mesh_queue;

static mesh_queue *queue_header(vec *v, int64_t head, int64_t tail)
{
    mesh_queue *q = mesh_alloc(sizeof(mesh_queue));
    q->v = v;
    q->head = head;
    q->tail = tail;
    return q;
}

mesh_queue *mesh_queue_new(void) { return queue_header(NULL, 0, 0); }

int64_t mesh_queue_size(const mesh_queue *q) { return q->tail - q->head; }

int8_t mesh_queue_is_empty(const mesh_queue *q) { return q->tail == q->head; }

/* A push on the newest version with room writes in place; otherwise the live items move to a
 * vector twice their number (so pushes are O(1) amortised and popped items are dropped). */
mesh_queue *mesh_queue_push(const mesh_queue *q, uint64_t item)
{
    vec *v = q->v;
    if (v != NULL && q->tail == v->used && v->used < v->cap) {
        v->items[v->used++] = item;
        return queue_header(v, q->head, q->tail + 1);
    }
    int64_t len = q->tail - q->head;
    vec *w = mesh_alloc(sizeof(vec));
    w->cap = len < 4 ? 8 : 2 * len;
    w->items = mesh_alloc(8 * w->cap);
    if (len > 0) memcpy(w->items, v->items + q->head, 8 * (size_t)len);
    w->items[len] = item;
    w->used = len + 1;
    return queue_header(w, 0, len + 1);
}

/* The front item; generated code checks that the queue is not empty first. */
uint64_t mesh_queue_peek(const mesh_queue *q) { return q->v->items[q->head]; }

/* The queue without its front item (not empty: checked by generated code). */
mesh_queue *mesh_queue_drop_front(const mesh_queue *q) { return queue_header(q->v, q->head + 1, q->tail); }

mesh_list *mesh_queue_to_list(const mesh_queue *q)
{
    int64_t len = q->tail - q->head;
    mesh_list *r = list_of(len);
    if (len > 0) memcpy(r->items, q->v->items + q->head, 8 * (size_t)len);
    return r;
}
