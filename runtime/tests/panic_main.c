/* A panic in the main actor: message on stderr, stdout flushed, status 101. */
#include "mesh_abi.h"

static void sleeper(void *args)
{
    (void)args;
    mesh_receive_wait(0, -1);
}

static void mesh_main(void *args)
{
    (void)args;
    mesh_actor_spawn(sleeper, NULL);
    mesh_println(S("before panic"));
    const char *msg = "boom: non-exhaustive match";
    const char *file = "main.mpl";
    mesh_panic((const uint8_t *)msg, (int64_t)strlen(msg), (const uint8_t *)file, (int64_t)strlen(file), 3);
}
MESH_MAIN(mesh_main)
