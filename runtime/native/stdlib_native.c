/*
 * Standard-library functions that can fail with a Mesh panic.
 *
 * A C# export must return before its actor's coroutine can be switched out (runtime/README.md), so
 * it cannot panic itself. Each function here calls its C# half (mesh_rt_*), which computes the result
 * or reports failure by returning NULL; only then, with no managed frame left on the stack, does the
 * native side call mesh_panic, which records the panic and leaves the coroutine for good.
 */
#include <stdint.h>
#include <stdio.h>

#include "mesh_string.h"

/* runtime/native/mesh_native.c */
__attribute__((noreturn)) void mesh_panic_at_call_site(const uint8_t *msg, int64_t len);

/* stdlib/Core/Strings.cs: NULL when the result would exceed the longest possible string */
mesh_string *mesh_rt_string_concat_n(const mesh_string *const *parts, int64_t count);
mesh_string *mesh_rt_string_concat_mixed(int64_t kinds, const uint64_t *words);
mesh_string *mesh_rt_string_repeat(const mesh_string *s, int64_t count);
mesh_string *mesh_rt_string_replace(const mesh_string *s, const mesh_string *pattern, const mesh_string *with);
mesh_string *mesh_rt_string_to_upper(const mesh_string *s);
mesh_string *mesh_rt_string_to_lower(const mesh_string *s);

/* Reported at the Mesh call of the failing function (the call site generated code recorded). */
__attribute__((noreturn, noinline)) static void stdlib_panic(const char *function)
{
    char msg[160];
    int n = snprintf(msg, sizeof msg, "%s: the resulting string would be longer than the maximum of 2147483647 bytes", function);
    if (n < 0) n = 0;
    if (n >= (int)sizeof msg) n = (int)sizeof msg - 1;
    mesh_panic_at_call_site((const uint8_t *)msg, n);
}

/* a <> b, and interpolation with three or four parts: one result, no intermediate strings. The parts
 * stay in this frame's array on the actor's stack, where the collector sees them. */
mesh_string *mesh_string_concat(const mesh_string *a, const mesh_string *b)
{
    const mesh_string *parts[2] = {a, b};
    mesh_string *r = mesh_rt_string_concat_n(parts, 2);
    if (!r) stdlib_panic("String concatenation");
    return r;
}

mesh_string *mesh_string_concat3(const mesh_string *a, const mesh_string *b, const mesh_string *c)
{
    const mesh_string *parts[3] = {a, b, c};
    mesh_string *r = mesh_rt_string_concat_n(parts, 3);
    if (!r) stdlib_panic("String concatenation");
    return r;
}

mesh_string *mesh_string_concat4(const mesh_string *a, const mesh_string *b, const mesh_string *c, const mesh_string *d)
{
    const mesh_string *parts[4] = {a, b, c, d};
    mesh_string *r = mesh_rt_string_concat_n(parts, 4);
    if (!r) stdlib_panic("String concatenation");
    return r;
}

/* Interpolation with Int or Float parts: up to four parts, `kinds` has 2 bits per part (1 = string,
 * 2 = Int, 3 = Float bits, 0 = no more parts); numbers are displayed straight into the result. */
mesh_string *mesh_string_concat_mixed(int64_t kinds, uint64_t a, uint64_t b, uint64_t c, uint64_t d)
{
    const uint64_t words[4] = {a, b, c, d};
    mesh_string *r = mesh_rt_string_concat_mixed(kinds, words);
    if (!r) stdlib_panic("String concatenation");
    return r;
}

mesh_string *mesh_string_repeat(const mesh_string *s, int64_t count)
{
    mesh_string *r = mesh_rt_string_repeat(s, count);
    if (!r) stdlib_panic("String.repeat");
    return r;
}

mesh_string *mesh_string_replace(const mesh_string *s, const mesh_string *pattern, const mesh_string *with)
{
    mesh_string *r = mesh_rt_string_replace(s, pattern, with);
    if (!r) stdlib_panic("String.replace");
    return r;
}

mesh_string *mesh_string_to_upper(const mesh_string *s)
{
    mesh_string *r = mesh_rt_string_to_upper(s);
    if (!r) stdlib_panic("String.to_upper");
    return r;
}

mesh_string *mesh_string_to_lower(const mesh_string *s)
{
    mesh_string *r = mesh_rt_string_to_lower(s);
    if (!r) stdlib_panic("String.to_lower");
    return r;
}
