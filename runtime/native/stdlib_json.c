/*
 * Json.encode (stdlib/Core/Json.cs): the C# half returns NULL when the value cannot be written, and
 * this side panics once no managed frame is left on the actor's stack (see stdlib_native.c).
 */
#include <stdint.h>

typedef struct mesh_string mesh_string; /* { int64_t len; uint8_t bytes[len]; } */

/* runtime/native/mesh_native.c */
__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len);

/* stdlib/Core/Json.cs: *failure = 1 when nested too deeply, 2 when the text would be too long */
mesh_string *mesh_rt_json_encode(int64_t value, const mesh_string *description, int32_t *failure);

mesh_string *mesh_json_encode(int64_t value, const mesh_string *description)
{
    int32_t failure = 0;
    mesh_string *r = mesh_rt_json_encode(value, description, &failure);
    if (!r) {
        static const char too_deep[] = "Json.encode: the value is nested more than 256 levels deep";
        static const char too_long[] = "Json.encode: the JSON text would be longer than the maximum of 2147483647 bytes";
        const char *msg = failure == 1 ? too_deep : too_long;
        int64_t len = failure == 1 ? (int64_t)sizeof too_deep - 1 : (int64_t)sizeof too_long - 1;
        mesh_panic_at_call_site((const uint8_t *)msg, len);
    }
    return r;
}
