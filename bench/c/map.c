/* bench/mesh/map for gcc -O2: the same 200,000 inserts (overwriting repeated keys) and 400,000
 * lookups in an open-addressing hash table (linear probing, power-of-two size, grown at 1/2
 * load), the way C code keeps an Int -> Int map; the same output line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t key(int64_t i) { return (i * i * 31 + i * 7919 + 12345) % 1000003; }

typedef struct { int64_t *keys, *vals; uint8_t *used; size_t cap, size; } map;

static size_t slot(const map *m, int64_t k)
{
    uint64_t h = (uint64_t)k * 0x9E3779B97F4A7C15ull;
    size_t i = (size_t)(h >> 32) & (m->cap - 1);
    while (m->used[i] && m->keys[i] != k) i = (i + 1) & (m->cap - 1);
    return i;
}

static void put(map *m, int64_t k, int64_t v);

static void grow(map *m)
{
    map bigger = {calloc(m->cap * 2, 8), calloc(m->cap * 2, 8), calloc(m->cap * 2, 1), m->cap * 2, 0};
    if (!bigger.keys || !bigger.vals || !bigger.used) abort();
    for (size_t i = 0; i < m->cap; i++)
        if (m->used[i]) put(&bigger, m->keys[i], m->vals[i]);
    free(m->keys); free(m->vals); free(m->used);
    *m = bigger;
}

static void put(map *m, int64_t k, int64_t v)
{
    if (2 * (m->size + 1) > m->cap) grow(m);
    size_t i = slot(m, k);
    if (!m->used[i]) { m->used[i] = 1; m->keys[i] = k; m->size++; }
    m->vals[i] = v;
}

static int64_t get_or(const map *m, int64_t k, int64_t d)
{
    size_t i = slot(m, k);
    return m->used[i] ? m->vals[i] : d;
}

int main(void)
{
    const int64_t n = 200000;
    map m = {calloc(16, 8), calloc(16, 8), calloc(16, 1), 16, 0};
    for (int64_t i = 0; i < n; i++) put(&m, key(i), i);
    int64_t found = 0, sum = 0;
    for (int64_t i = 0; i < 2 * n; i++) {
        int64_t k = i % 2 == 0 ? key(i / 2) : key(i + 5000000);
        int64_t v = get_or(&m, k, -1);
        if (v >= 0) { found++; sum += v * (i % 1000 + 1); }
    }
    printf("size=%zu found=%lld checksum=%lld\n", m.size, (long long)found, (long long)sum);
    return 0;
}
