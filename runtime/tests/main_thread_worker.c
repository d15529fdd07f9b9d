/* Worker 0 is the process's main thread (runtime/README.md, Scheduler): mesh_rt_main returns
 * on it however the program ends.
 *
 * "last-elsewhere": main returns at once; the last of 200 actors (each spins a little and
 * yields) usually ends on worker 1, which must wake the main thread out of its loop. The C
 * main then prints a line after mesh_rt_main returned (status 0).
 *
 * "main-blocked": an actor that finds itself on the main thread blocks it in a long C call
 * (sleep, as IO.read_line would wait for input); main, now necessarily on another worker,
 * exits with a custom reason. The process must end at once with status 1 (the runtime ends
 * it from the other worker when the main thread cannot come back), not after the sleep.
 * Prints "blocker on main thread" when that situation was reached. */
#include "mesh_abi.h"
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static atomic_long finished;

static int on_main_thread(void) { return syscall(SYS_gettid) == getpid(); }

static void busy(void *args)
{
    (void)args;
    for (int round = 0; round < 5; round++) {
        volatile long x = 0;
        for (long i = 0; i < 20000; i++) x += i;
        mesh_yield();
    }
    atomic_fetch_add(&finished, 1);
}

static void last_elsewhere_main(void *args)
{
    (void)args;
    for (int i = 0; i < 200; i++) mesh_actor_spawn(busy, NULL);
    say("main returns");
}

static atomic_int main_elsewhere;

static void noop(void *args) { (void)args; }

/* Ping-pong with main until this actor runs on the main thread: an actor woken by a send goes
 * into the sender's worker's runnext slot, so the pair moves between workers as they steal
 * from each other, and lands on worker 0 within a few rounds. */
static void blocker(void *args)
{
    int64_t parent = mesh_msg_get_i64(args);
    for (int i = 0; i < 100000; i++) {
        if (on_main_thread()) {
            /* main is now in this worker's runnext slot; a spawn wakes worker 1, which steals
             * it from there. Only once main runs elsewhere does this actor block the thread. */
            send_i64(parent, 1);
            mesh_actor_spawn(noop, NULL);
            for (int spin = 0; spin < 5000 && !atomic_load(&main_elsewhere); spin++) usleep(1000);
            sleep(30);
            return;
        }
        send_i64(parent, 0);
        recv_i64();
    }
    send_i64(parent, 2);
}

static void main_blocked_main(void *args)
{
    (void)args;
    void *a = mesh_msg_new();
    mesh_msg_put_i64(a, mesh_actor_self());
    int64_t b = mesh_actor_spawn(blocker, a);
    int64_t v;
    while ((v = recv_i64()) == 0) send_i64(b, 0);
    if (v == 1) {
        atomic_store(&main_elsewhere, 1);
        say("blocker on main thread");
    }
    mesh_actor_exit_self(MESH_REASON_CUSTOM, S("done while the main thread is busy"));
}

int main(int argc, char **argv)
{
    int blocked = argc > 1 && strcmp(argv[1], "main-blocked") == 0;
    int rc = mesh_rt_main(argc, argv, blocked ? main_blocked_main : last_elsewhere_main);
    char line[96];
    int n = snprintf(line, sizeof line, "after mesh_rt_main: status %d, %ld actors finished\n", rc, (long)atomic_load(&finished));
    if (write(1, line, (size_t)n) != n) return 99;
    return rc;
}
