/*
 * The layout of Mesh lists, shared by the native helpers (generated code and stdlib/Core follow
 * the same one; see runtime/README.md, "Lists").
 *
 * A list value is { int64_t len; uint64_t *items; } followed by a third word that depends on
 * what `items` points at:
 *   flat   { len, items = &inline_items[0], inline_items[len] }   literals, most results
 *   view   { len, items, owner }                                   results of append, concat, cons, tail
 * Readers always go through `items`, so they need not know which one they have. A view's items
 * live elsewhere: in a growable buffer { int64_t used; int64_t cap; uint64_t slots[cap]; } when
 * `owner` is that buffer and `items == owner->slots`, in a front buffer { low; cap; slots[cap] }
 * filled from the end by `x :: xs` when `owner` is that buffer's address + 1, or in another list
 * (a tail or a drop: owner NULL).
 * A buffer is shared by the views made from it; `used` is its high-water mark, the length of
 * the longest view, so a view with len == used may have items written after it in place
 * (mesh_lists.c). Each item is one 8-byte slot (Int and Pid as is, Float as its bits, Bool 0/1,
 * everything else a pointer).
 */
#ifndef MESH_LIST_H
#define MESH_LIST_H

#include <stdint.h>

typedef struct mesh_list {
    int64_t len;
    uint64_t *items;
    uint64_t inline_items[];
} mesh_list;

void *mesh_alloc(int64_t size);

/* A flat list of `len` zeroed items (the caller fills them before anyone else sees the list). */
static inline mesh_list *mesh_list_flat(int64_t len)
{
    if (len < 0) len = 0;
    mesh_list *l = mesh_alloc((int64_t)sizeof(mesh_list) + 8 * len);
    l->len = len;
    l->items = l->inline_items;
    return l;
}

#endif
