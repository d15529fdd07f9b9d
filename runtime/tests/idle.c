/* An idle program costs no CPU: actors wait (with and without timeouts) for one second. */
#include "mesh_abi.h"
#include <stdio.h>
#include <sys/resource.h>
#include <unistd.h>

static void waiter(void *args)
{
    (void)args;
    mesh_receive_wait(0, 1000);
}

static void mesh_main(void *args)
{
    (void)args;
    for (int i = 0; i < 10; i++) mesh_actor_spawn(waiter, NULL);
    mesh_receive_wait(0, 1000);
}

int main(int argc, char **argv)
{
    int rc = mesh_rt_main(argc, argv, mesh_main);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long cpu_ms = (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 + (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
    printf("cpu_ms %ld\n", cpu_ms);
    return rc;
}
