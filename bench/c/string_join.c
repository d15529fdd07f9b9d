/* bench/mesh/string_join for gcc -O2: the same 1,000,000 pieces joined with ";" into one
 * growing buffer; the same output line. */
#include "string_buf.h"

int main(void)
{
    char tmp[32];
    buf j = {0};
    for (int64_t i = 0; i < 1000000; i++) {
        if (i) put(&j, ";", 1);
        put(&j, tmp, piece(i, tmp));
    }
    printf("join: %zu %.*s\n", j.len, 24, j.p + j.len - 24);
    free(j.p);
    return 0;
}
