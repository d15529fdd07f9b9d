/* Appending to strings (runtime/Mesh.Runtime/Memory/MeshString.cs): `acc <> piece` in a loop is
 * amortised O(len(piece)), strings stay immutable values, and the buffers behind appendable strings
 * survive collections while only a view points into them.
 * Usage: string_append [N] (default 200000 appends of 10 bytes).
 * Output: "errors 0", then "allocated_per_byte K" (heap bytes allocated per byte of the result). */
#include "mesh_abi.h"
#include <stdio.h>
#include <stdlib.h>

void mesh_rt_debug_heap_stats(int64_t *out);
void mesh_rt_debug_heap_collect(void);

static int64_t N = 200000;
static int64_t errors;

static void expect(int ok, const char *what)
{
    if (!ok) {
        errors++;
        fprintf(stderr, "FAILED: %s\n", what);
    }
}

/* Byte i of the accumulator after appending pieces 0, 1, ...: piece k is 10 bytes of 'a' + k % 26. */
static int holds_pieces(const MeshString *s, int64_t pieces)
{
    if (mesh_str_len(s) != 10 * pieces) return 0;
    const uint8_t *b = mesh_str_bytes(s);
    for (int64_t i = 0; i < 10 * pieces; i++)
        if (b[i] != (uint8_t)('a' + (i / 10) % 26)) return 0;
    return 1;
}

static int ends_with(const MeshString *s, const char *tail)
{
    int64_t n = (int64_t)strlen(tail), len = mesh_str_len(s);
    return len >= n && memcmp(mesh_str_bytes(s) + len - n, tail, (size_t)n) == 0;
}

static void mesh_main(void *args)
{
    (void)args;
    MeshString *pieces[26];
    for (int k = 0; k < 26; k++) {
        char p[11];
        memset(p, 'a' + k, 10);
        p[10] = 0;
        pieces[k] = S(p);
    }

    int64_t before[4], after[4];
    mesh_rt_debug_heap_stats(before);
    MeshString *acc = S("");
    MeshString *snapshot = NULL;
    int64_t snapshot_at = N / 3;
    for (int64_t i = 0; i < N; i++) {
        acc = mesh_string_concat(acc, pieces[i % 26]);
        if (i + 1 == snapshot_at) snapshot = acc;
        if (i % 5000 == 0) mesh_rt_debug_heap_collect(); /* only views keep the buffers alive */
    }
    mesh_rt_debug_heap_stats(after);
    expect(holds_pieces(acc, N), "the accumulator holds every piece in order");
    expect(holds_pieces(snapshot, snapshot_at), "an earlier value is unchanged by later appends");
    /* quadratic copying would allocate ~N/2 bytes per byte of the result */
    int64_t per_byte = (after[3] - before[3]) / (10 * N);
    expect(per_byte <= 8, "appending is amortised (heap bytes allocated per result byte)");

    /* two appends to the same prefix: independent results, the prefix unchanged */
    MeshString *left = mesh_string_concat(snapshot, S("LEFT"));
    MeshString *right = mesh_string_concat(snapshot, S("RIGHT"));
    MeshString *left2 = mesh_string_concat3(left, S("-"), S("more"));
    MeshString *right2 = mesh_string_concat4(right, S("-"), S("mo"), S("re"));
    mesh_rt_debug_heap_collect();
    expect(ends_with(left, "LEFT") && mesh_str_len(left) == 10 * snapshot_at + 4, "left");
    expect(ends_with(right, "RIGHT") && mesh_str_len(right) == 10 * snapshot_at + 5, "right");
    expect(ends_with(left2, "LEFT-more") && ends_with(right2, "RIGHT-more"), "left2 and right2");
    expect(holds_pieces(snapshot, snapshot_at), "the shared prefix is unchanged");
    expect(memcmp(mesh_str_bytes(left), mesh_str_bytes(right), (size_t)(10 * snapshot_at)) == 0, "same prefix bytes");

    /* equality, ordering, messages: an appended string behaves like a flat copy of its bytes */
    MeshString *flat = mesh_string_new(mesh_str_bytes(left2), mesh_str_len(left2));
    expect(flat->len >= 0 && mesh_string_eq(flat, left2) && mesh_string_eq(left2, flat), "equal to a flat copy");
    expect(mesh_string_compare(left2, right2) < 0 && mesh_string_compare(right2, left2) > 0, "ordering");
    void *m = mesh_msg_new();
    mesh_msg_put_string(m, right2);
    mesh_actor_send(mesh_actor_self(), m);
    while (!mesh_receive_wait(0, -1)) {}
    MeshString *received = mesh_msg_get_string(mesh_mailbox_at(0));
    mesh_mailbox_remove(0);
    expect(received->len >= 0 && mesh_string_eq(received, right2), "a message carries the bytes");

    /* an empty part gives back the other part itself */
    expect(mesh_string_concat(left, S("")) == left && mesh_string_concat(S(""), left) == left, "empty parts");

    char line[64];
    snprintf(line, sizeof line, "errors %ld", (long)errors);
    say(line);
    snprintf(line, sizeof line, "allocated_per_byte %ld", (long)per_byte);
    say(line);
}

int main(int argc, char **argv)
{
    if (argc > 1) N = atol(argv[1]);
    return mesh_rt_main(argc, argv, mesh_main);
}
