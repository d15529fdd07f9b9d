/* bench/mesh/string_concat for gcc -O2: the same N pieces (default 20,000) appended one at a time, the way
 * C code builds a string (in place, in a growing buffer; Mesh strings are immutable, so each of
 * its steps copies the accumulator); the same output line. */
#include "string_buf.h"

int main(int argc, char **argv)
{
    char tmp[32];
    buf g = {0};
    int64_t n = argc > 1 ? atoll(argv[1]) : 20000;
    for (int64_t i = 0; i < n; i++) put(&g, tmp, piece(i, tmp));
    printf("concat: %zu %.*s\n", g.len, 24, g.p + g.len - 24);
    free(g.p);
    return 0;
}
