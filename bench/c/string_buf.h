/* A growing byte buffer (amortised doubling), shared by the string benchmarks. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *p; size_t len, cap; } buf;

static void put(buf *b, const char *s, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = b->cap ? b->cap * 2 : 64;
        while (b->cap < b->len + n) b->cap *= 2;
        b->p = realloc(b->p, b->cap);
        if (!b->p) abort();
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
}

/* "item${i * 7 % 1000}," as in the Mesh programs */
static size_t piece(int64_t i, char *out) { return (size_t)sprintf(out, "item%lld,", (long long)(i * 7 % 1000)); }
