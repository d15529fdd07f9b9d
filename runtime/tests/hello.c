#include "mesh_abi.h"
static void mesh_main(void *args)
{
    (void)args;
    mesh_println(S("Hello, World!"));
    mesh_println(mesh_string_concat(S("int "), mesh_int_to_string(-42)));
    mesh_println(mesh_float_to_string(42.0));
    mesh_println(mesh_float_to_string(1e21));
    mesh_println(mesh_float_to_string(0.1 + 0.2));
    mesh_println(mesh_float_to_string(-3.5));
    mesh_println(mesh_float_to_string(1.0 / 0.0));
    mesh_println(mesh_float_to_string(-1.0 / 0.0));
    mesh_println(mesh_float_to_string(0.0 / 0.0));
    mesh_println(mesh_float_to_string(1.5e-7));
    mesh_println(mesh_float_to_string(123456789012345680.0));
    mesh_println(mesh_float_to_string(-0.0));
    mesh_println(mesh_float_to_string(5e-324));
    mesh_println(mesh_float_to_string(1.7976931348623157e308));
    mesh_println(mesh_bool_to_string(1));
    mesh_println(mesh_bool_to_string(0));
    mesh_println(mesh_int_to_string(mesh_string_eq(S("abc"), S("abc"))));
    mesh_println(mesh_int_to_string(mesh_string_eq(S("abc"), S("abd"))));
    mesh_println(mesh_int_to_string(mesh_string_compare(S("abc"), S("abd"))));
    mesh_println(mesh_int_to_string(mesh_string_compare(S("b"), S("abd"))));
    mesh_println(mesh_int_to_string(mesh_string_compare(S("ab"), S("ab"))));
    mesh_print(S("no newline"));
    mesh_println(S(""));
    mesh_println(mesh_int_to_string(mesh_actor_self()));
    int64_t *p = mesh_alloc(24);
    mesh_println(mesh_int_to_string(p[0] + p[1] + p[2] + ((intptr_t)p & 7)));
}
MESH_MAIN(mesh_main)
