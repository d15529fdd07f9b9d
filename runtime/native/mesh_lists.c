/*
 * List primitives of the standard library (List.length, List.get, List.append, ...).
 *
 * A Mesh list is an immutable value in the current actor's heap, read through its `items`
 * pointer (layout: mesh_list.h). Generated code builds list literals as flat lists.
 * These functions are native because they are tiny and hot, and because the ones that can fail
 * must raise a Mesh panic, which only native code may do (see runtime/README.md).
 */
#include <stdint.h>
#include <string.h>

#include "mesh_list.h"

__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len); /* mesh_native.c */

__attribute__((noreturn, noinline, cold)) static void list_panic(const char *msg)
{
    mesh_panic_at_call_site((const uint8_t *)msg, (int64_t)strlen(msg));
}

static mesh_list *list_alloc(int64_t len) { return mesh_list_flat(len); }

/* A growable buffer shared by the views made from it (see mesh_list.h). */
typedef struct list_buffer {
    int64_t used;
    int64_t cap;
    uint64_t slots[];
} list_buffer;

/* A view of the first `len` slots of `items`; owner is the buffer they belong to, or NULL. */
static mesh_list *list_view(int64_t len, uint64_t *items, list_buffer *owner)
{
    mesh_list *v = mesh_alloc((int64_t)sizeof(mesh_list) + 8);
    v->len = len;
    v->items = items;
    v->inline_items[0] = (uint64_t)(uintptr_t)owner;
    return v;
}

/* The buffer `l` may grow into: l is a view of the start of a buffer's slots and nothing was
   appended after it yet (len == used), with room for `extra` more items; else NULL. */
static list_buffer *room_after(const mesh_list *l, int64_t extra)
{
    if (l->items == l->inline_items) return NULL; /* flat: no spare capacity */
    if (l->inline_items[0] & 1) return NULL;      /* a front buffer (mesh_list_cons) */
    list_buffer *b = (list_buffer *)(uintptr_t)l->inline_items[0];
    if (b == NULL || l->items != b->slots || b->used != l->len || b->cap - l->len < extra) return NULL;
    return b;
}

/* A new buffer holding `len` items copied from `items`, with room to double; the caller writes
   the `extra` items after them. Its view of len + extra items. */
static mesh_list *grown_copy(const uint64_t *items, int64_t len, int64_t extra, list_buffer **out)
{
    int64_t total = len + extra;
    int64_t cap = total < 4 ? 8 : 2 * total;
    list_buffer *b = mesh_alloc((int64_t)sizeof(list_buffer) + 8 * cap);
    b->cap = cap;
    b->used = total;
    memcpy(b->slots, items, 8 * (size_t)len);
    *out = b;
    return list_view(total, b->slots, b);
}

/* A list of `len` zeroed items, for generated code that fills it before anyone else sees it. */
mesh_list *mesh_list_alloc(int64_t len) { return list_alloc(len); }

mesh_list *mesh_list_new(void) { return list_alloc(0); }

/*
 * A list under construction by generated code (a `for` over an iterator, whose length is not known
 * in advance) is full: a flat copy of its items with twice the room. The copy's length is its
 * capacity; the generated code stores the number of items actually collected once it is done.
 */
mesh_list *mesh_list_grow(const mesh_list *l)
{
    mesh_list *r = list_alloc(l->len < 4 ? 8 : 2 * l->len);
    memcpy(r->items, l->items, 8 * (size_t)l->len);
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
    /* O(1): a view of the same items (lists are immutable), so `[h | t]` recursion is linear */
    return list_view(l->len - 1, l->items + 1, NULL);
}

/*
 * Amortised O(1), as strings' `<>` (runtime/README.md, "Lists"): when `l` ends at its buffer's
 * high-water mark, the item goes into the spare slot in place and the result is a new view one
 * longer; `l` itself still sees only its own items. Otherwise (a flat list, a tail, or a prefix
 * something was already appended to) the items are copied into a new buffer with room to double.
 */
mesh_list *mesh_list_append(const mesh_list *l, uint64_t item)
{
    int64_t n = l->len;
    list_buffer *b = room_after(l, 1);
    if (b != NULL) {
        b->slots[n] = item;
        b->used = n + 1;
        return list_view(n + 1, b->slots, b);
    }
    mesh_list *r = grown_copy(l->items, n, 1, &b);
    b->slots[n] = item;
    return r;
}

/*
 * Prepending mirrors appending: a front buffer { low, cap, slots[cap] } is filled from its end
 * towards its start, slots[low..cap) written, and its views point at &slots[low]. A view that
 * starts at the low-water mark may have an item written just before it in place. Views record a
 * front buffer as its address + 1 (buffers are 8-byte aligned; the collector counts a pointer
 * into an object as a reference to it), so the two kinds of buffer cannot be mistaken.
 */
typedef struct front_buffer {
    int64_t low;
    int64_t cap;
    uint64_t slots[];
} front_buffer;

#define FRONT_TAG ((uintptr_t)1)

static front_buffer *room_before(const mesh_list *l)
{
    if (l->items == l->inline_items) return NULL;
    uintptr_t owner = (uintptr_t)l->inline_items[0];
    if ((owner & FRONT_TAG) == 0) return NULL;
    front_buffer *b = (front_buffer *)(owner - FRONT_TAG);
    if (b->low == 0 || l->items != b->slots + b->low) return NULL;
    return b;
}

/*
 * `x :: xs` and List.prepend: amortised O(1), so building a list back to front (the accumulator
 * idiom of functional code) is linear. Otherwise the items move to a new front buffer with room
 * to double; `l` itself never changes.
 */
mesh_list *mesh_list_cons(uint64_t item, const mesh_list *l)
{
    int64_t n = l->len;
    front_buffer *b = room_before(l);
    if (b == NULL) {
        int64_t cap = n + 1 < 4 ? 8 : 2 * (n + 1);
        b = mesh_alloc((int64_t)sizeof(front_buffer) + 8 * cap);
        b->cap = cap;
        b->low = cap - n;
        memcpy(b->slots + b->low, l->items, 8 * (size_t)n);
    }
    b->low -= 1;
    b->slots[b->low] = item;
    mesh_list *v = list_view(n + 1, b->slots + b->low, NULL);
    v->inline_items[0] = (uint64_t)((uintptr_t)b + FRONT_TAG);
    return v;
}

mesh_list *mesh_list_prepend(const mesh_list *l, uint64_t item) { return mesh_list_cons(item, l); }

/*
 * `a ++ b`: like append when `a` ends at its buffer's high-water mark with room for b's items
 * (written in place; b may even be a view of the same buffer: its items lie below `used`).
 * Otherwise a copy; when `a` is the larger part (an accumulator growing by pieces) the copy
 * gets room to double, so `acc ++ piece` in a loop is amortised O(piece).
 */
mesh_list *mesh_list_concat(const mesh_list *a, const mesh_list *b)
{
    int64_t n = a->len, m = b->len;
    if (m == 0) return (mesh_list *)a;
    if (n == 0) return (mesh_list *)b;
    list_buffer *buf = room_after(a, m);
    if (buf != NULL) {
        memcpy(buf->slots + n, b->items, 8 * (size_t)m);
        buf->used = n + m;
        return list_view(n + m, buf->slots, buf);
    }
    if (n >= m) {
        mesh_list *r = grown_copy(a->items, n, m, &buf);
        memcpy(buf->slots + n, b->items, 8 * (size_t)m);
        return r;
    }
    mesh_list *r = list_alloc(n + m);
    memcpy(r->items, a->items, 8 * (size_t)n);
    memcpy(r->items + n, b->items, 8 * (size_t)m);
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
    /* O(1), like List.tail: a view of the same items */
    return list_view(l->len - n, l->items + n, NULL);
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
