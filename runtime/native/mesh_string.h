/*
 * Reading Mesh strings from native code. A string has one of two layouts
 * (runtime/Mesh.Runtime/Memory/MeshString.cs):
 *   flat        { int64_t len; uint8_t bytes[len]; }          len >= 0 (literals, most results)
 *   appendable  { int64_t len | 1 << 63; const uint8_t *data; } a view of an append buffer
 * so native code reads a string only through mesh_str_len and mesh_str_bytes. Strings it creates
 * itself with mesh_alloc_bytes are flat and may be written through ->bytes.
 */
#ifndef MESH_STRING_H
#define MESH_STRING_H

#include <stdint.h>

typedef struct mesh_string {
    int64_t len;
    uint8_t bytes[];
} mesh_string;

#define MESH_STRING_APPENDABLE ((int64_t)1 << 63)

static inline int64_t mesh_str_len(const mesh_string *s) { return s->len & ~MESH_STRING_APPENDABLE; }

static inline const uint8_t *mesh_str_bytes(const mesh_string *s)
{
    if (s->len >= 0) return s->bytes;
    const uint8_t *data;
    __builtin_memcpy(&data, s->bytes, sizeof data);
    return data;
}

#endif
