/*
 * List primitives of the standard library (List.length, List.get, List.append, ...).
 *
 * A Mesh list is an immutable heap object { int64_t len; int64_t cap; uint64_t items[cap]; } in the
 * current actor's heap; each item is one 8-byte slot (Int and Pid as is, Float as its bits, Bool
 * 0/1, everything else a pointer). Generated code builds list literals with the same layout.
 * These functions are native because they are tiny and hot, and because the ones that can fail
 * must raise a Mesh panic, which only native code may do (see runtime/README.md).
 */
#include <stdint.h>
#include <string.h>

typedef struct mesh_list {
    int64_t len;
    int64_t cap;
    uint64_t items[];
} mesh_list;

void *mesh_alloc(int64_t size);
__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len); /* mesh_native.c */

__attribute__((noreturn, noinline, cold)) static void list_panic(const char *msg)
{
    mesh_panic_at_call_site((const uint8_t *)msg, (int64_t)strlen(msg));
}

static mesh_list *list_alloc(int64_t len)
{
    mesh_list *l = mesh_alloc((int64_t)sizeof(mesh_list) + 8 * (len > 0 ? len : 0));
    l->len = len;
    l->cap = len;
    return l;
}

/* A list of `len` zeroed items, for generated code that fills it before anyone else sees it. */
mesh_list *mesh_list_alloc(int64_t len) { return list_alloc(len < 0 ? 0 : len); }

mesh_list *mesh_list_new(void) { return list_alloc(0); }

/*
 * A list under construction by generated code (a `for` over an iterator, whose length is not known
 * in advance) is full: a copy of its items with twice the room. The copy's length is its capacity;
 * the generated code stores the number of items actually collected once it is done.
 */
mesh_list *mesh_list_grow(const mesh_list *l)
{
    mesh_list *r = list_alloc(l->cap < 4 ? 8 : 2 * l->cap);
    memcpy(r->items, l->items, 8 * (size_t)l->cap);
    return r;
}

int64_t mesh_list_length(const mesh_list *l) { return l->len; }

uint64_t mesh_list_get(const mesh_list *l, int64_t i)
{
    if (i < 0 || i >= l->len) list_panic("List.get: index out of range");
    return l->items[i];
}

uint64_t mesh_list_head(const mesh_list *l)
{
    if (l->len == 0) list_panic("List.head: the list is empty");
    return l->items[0];
}

uint64_t mesh_list_last(const mesh_list *l)
{
    if (l->len == 0) list_panic("List.last: the list is empty");
    return l->items[l->len - 1];
}

mesh_list *mesh_list_tail(const mesh_list *l)
{
    if (l->len == 0) list_panic("List.tail: the list is empty");
    mesh_list *r = list_alloc(l->len - 1);
    memcpy(r->items, l->items + 1, 8 * (size_t)(l->len - 1));
    return r;
}

mesh_list *mesh_list_append(const mesh_list *l, uint64_t item)
{
    mesh_list *r = list_alloc(l->len + 1);
    memcpy(r->items, l->items, 8 * (size_t)l->len);
    r->items[l->len] = item;
    return r;
}

mesh_list *mesh_list_prepend(const mesh_list *l, uint64_t item)
{
    mesh_list *r = list_alloc(l->len + 1);
    r->items[0] = item;
    memcpy(r->items + 1, l->items, 8 * (size_t)l->len);
    return r;
}

mesh_list *mesh_list_concat(const mesh_list *a, const mesh_list *b)
{
    mesh_list *r = list_alloc(a->len + b->len);
    memcpy(r->items, a->items, 8 * (size_t)a->len);
    memcpy(r->items + a->len, b->items, 8 * (size_t)b->len);
    return r;
}

mesh_list *mesh_list_reverse(const mesh_list *l)
{
    mesh_list *r = list_alloc(l->len);
    for (int64_t i = 0; i < l->len; i++) r->items[i] = l->items[l->len - 1 - i];
    return r;
}

/* The first n items (clamped to 0..len). */
mesh_list *mesh_list_take(const mesh_list *l, int64_t n)
{
    if (n < 0) n = 0;
    if (n > l->len) n = l->len;
    mesh_list *r = list_alloc(n);
    memcpy(r->items, l->items, 8 * (size_t)n);
    return r;
}

/* All but the first n items (clamped to 0..len). */
mesh_list *mesh_list_drop(const mesh_list *l, int64_t n)
{
    if (n < 0) n = 0;
    if (n > l->len) n = l->len;
    mesh_list *r = list_alloc(l->len - n);
    memcpy(r->items, l->items + n, 8 * (size_t)(l->len - n));
    return r;
}

int8_t mesh_list_is_empty(const mesh_list *l) { return l->len == 0; }

/* A pair (a 2-tuple): two slots, the layout generated code gives tuples. */
static uint64_t *pair_alloc(uint64_t first, uint64_t second)
{
    uint64_t *p = mesh_alloc(16);
    p[0] = first;
    p[1] = second;
    return p;
}

/* List.zip: pairs of the items at the same index, as long as the shorter list. GC runs only at
   yield points, so the pairs allocated here stay put while the result is built. */
mesh_list *mesh_list_zip(const mesh_list *a, const mesh_list *b)
{
    int64_t n = a->len < b->len ? a->len : b->len;
    mesh_list *r = list_alloc(n);
    for (int64_t i = 0; i < n; i++) r->items[i] = (uint64_t)(uintptr_t)pair_alloc(a->items[i], b->items[i]);
    return r;
}

/* List.enumerate: (index, item) pairs, indices from 0. */
mesh_list *mesh_list_enumerate(const mesh_list *l)
{
    mesh_list *r = list_alloc(l->len);
    for (int64_t i = 0; i < l->len; i++) r->items[i] = (uint64_t)(uintptr_t)pair_alloc((uint64_t)i, l->items[i]);
    return r;
}

/* List.flatten: the inner lists' items in order. */
mesh_list *mesh_list_flatten(const mesh_list *lists)
{
    int64_t total = 0;
    for (int64_t i = 0; i < lists->len; i++) total += ((const mesh_list *)(uintptr_t)lists->items[i])->len;
    mesh_list *r = list_alloc(total);
    int64_t at = 0;
    for (int64_t i = 0; i < lists->len; i++) {
        const mesh_list *inner = (const mesh_list *)(uintptr_t)lists->items[i];
        memcpy(r->items + at, inner->items, 8 * (size_t)inner->len);
        at += inner->len;
    }
    return r;
}
