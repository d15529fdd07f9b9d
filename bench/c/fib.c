/* The same naive Fibonacci as bench/mesh/fib, for gcc -O2. Usage: fib [N] (default 32). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t fib(int64_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(int argc, char **argv)
{
    int64_t n = argc > 1 ? atoll(argv[1]) : 32;
    printf("%lld\n", (long long)fib(n));
    return 0;
}
