/* measure RUNS OUTFILE CMD [ARGS...]: runs CMD RUNS times with stdout to OUTFILE (the last run's
 * output stays there, for the checksum comparison) and prints "WALL_MS CPU_MS": the medians of
 * wall-clock time and of user+system CPU time of the process and all its threads (wait4 rusage,
 * microsecond resolution). Exits non-zero if any run fails. Used by bench/run.sh. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int cmp(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc < 4) {
        fprintf(stderr, "usage: measure RUNS OUTFILE CMD [ARGS...]\n");
        return 2;
    }
    int runs = atoi(argv[1]);
    if (runs < 1) runs = 1;
    double *wall = calloc((size_t)runs, sizeof *wall), *cpu = calloc((size_t)runs, sizeof *cpu);
    for (int r = 0; r < runs; r++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        pid_t pid = fork();
        if (pid == 0) {
            int fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644);
            if (fd < 0 || dup2(fd, 1) < 0) _exit(126);
            execvp(argv[3], argv + 3);
            _exit(127);
        }
        int status;
        struct rusage ru;
        if (pid < 0 || wait4(pid, &status, 0, &ru) != pid) return 1;
        clock_gettime(CLOCK_MONOTONIC, &t1);
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
            fprintf(stderr, "measure: %s failed (status %d)\n", argv[3], status);
            return 1;
        }
        wall[r] = (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6;
        cpu[r] = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3
               + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3;
    }
    qsort(wall, (size_t)runs, sizeof *wall, cmp);
    qsort(cpu, (size_t)runs, sizeof *cpu, cmp);
    printf("%.1f %.1f\n", wall[runs / 2], cpu[runs / 2]);
    return 0;
}
