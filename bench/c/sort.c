/* The same workload as bench/mesh/sort for gcc -O2: 1,000,000 values of the same hash of the
 * index, sorted with qsort and a comparison function; the same output line. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t value(int64_t i) { return (i * i * 31 + i * 7919 + 12345) % 1000003; }

static int cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

int main(void)
{
    const int64_t n = 1000000;
    int64_t *xs = malloc(sizeof *xs * (size_t)n);
    for (int64_t i = 0; i < n; i++) xs[i] = value(i);
    qsort(xs, (size_t)n, sizeof *xs, cmp);
    int64_t sum = 0;
    for (int64_t k = 0; k < n; k++) sum += xs[k] * (k + 1);
    printf("n=%lld min=%lld median=%lld max=%lld checksum=%lld\n", (long long)n, (long long)xs[0],
           (long long)xs[n / 2], (long long)xs[n - 1], (long long)sum);
    free(xs);
    return 0;
}
