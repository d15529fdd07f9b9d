/* Memory cost of idle actors: spawns N actors (argv[1], default 100000) that each block in
 * receive forever, waits until all of them are blocked, prints the process's resident memory
 * before and after and the difference per actor, then main returns (exit status 0 with the
 * actors still blocked).
 * Output: "actors N", "rss_before_kb K", "rss_after_kb K", "bytes_per_actor B". */
#include "mesh_abi.h"
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

static int64_t N = 100000;
static atomic_long blocked;

static int64_t vm_kb(const char *key)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    int64_t v = -1;
    size_t n = strlen(key);
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, key, n) == 0) v = atol(line + n + 1);
    if (f) fclose(f);
    return v;
}

static void idler(void *args)
{
    (void)args;
    atomic_fetch_add(&blocked, 1);
    for (;;) while (!mesh_receive_wait(0, -1)) {}
}

static void mesh_main(void *args)
{
    (void)args;
    int64_t before = vm_kb("VmRSS:");
    for (int64_t i = 0; i < N; i++) mesh_actor_spawn(idler, NULL);
    /* every idler counts itself just before it blocks; give the last ones time to switch out */
    while (atomic_load(&blocked) < N) mesh_yield();
    for (int i = 0; i < 100; i++) mesh_yield();
    int64_t after = vm_kb("VmRSS:");
    char buf[256];
    int n = snprintf(buf, sizeof buf, "actors %ld\nrss_before_kb %ld\nrss_after_kb %ld\nbytes_per_actor %ld\n",
                     (long)N, (long)before, (long)after, (long)((after - before) * 1024 / N));
    mesh_print(mesh_string_new((const uint8_t *)buf, n));
}

int main(int argc, char **argv)
{
    if (argc > 1) N = atol(argv[1]);
    return mesh_rt_main(argc, argv, mesh_main);
}
