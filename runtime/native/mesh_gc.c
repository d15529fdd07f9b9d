/*
 * Native helper of the per-actor collector (runtime/Mesh.Runtime/Memory/ActorHeap.cs).
 *
 * mesh_gc_spill stores the callee-saved registers (rbx, rbp, r12-r15) into regs[0..5] and
 * returns an address at or below its caller's stack frame. The collector, running in a C#
 * export on the actor's coroutine stack, scans regs and every word from the returned address
 * up to the top of the coroutine stack: together they hold every value the (suspended by a
 * call) Mesh code can still use. Caller-saved registers are dead across the call by the ABI.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdlib.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14 */
#endif

__attribute__((noinline, used))
void *mesh_gc_spill(uint64_t *regs)
{
    __asm__ volatile(
        "movq %%rbx, 0(%0)\n\t"
        "movq %%rbp, 8(%0)\n\t"
        "movq %%r12, 16(%0)\n\t"
        "movq %%r13, 24(%0)\n\t"
        "movq %%r14, 32(%0)\n\t"
        "movq %%r15, 40(%0)\n\t"
        :
        : "r"(regs)
        : "memory");
    regs[6] = 0;
    regs[7] = 0;
    return __builtin_frame_address(0);
}

#define MESH_PAGE ((uintptr_t)4096)
#define MESH_HUGE ((size_t)2 << 20)

/* The whole pages inside [start, start + size): *lo and their length (0 when there are none). */
static size_t inner_pages(void *start, int64_t size, char **lo)
{
    uintptr_t from = ((uintptr_t)start + MESH_PAGE - 1) & ~(MESH_PAGE - 1);
    uintptr_t to = ((uintptr_t)start + (uintptr_t)size) & ~(MESH_PAGE - 1);
    *lo = (char *)from;
    return to > from ? to - from : 0;
}

/*
 * `len` bytes (a multiple of 2 MiB) mapped at a 2 MiB boundary, with transparent huge pages allowed,
 * or NULL: maps 2 MiB more than asked and trims both ends. `flags` are added to the mmap flags.
 */
static char *map_huge_aligned(size_t len, int flags)
{
    char *raw = mmap(NULL, len + MESH_HUGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | flags, -1, 0);
    if (raw == MAP_FAILED) return NULL;
    char *p = (char *)(((uintptr_t)raw + MESH_HUGE - 1) & ~(uintptr_t)(MESH_HUGE - 1));
    if (p > raw) munmap(raw, (size_t)(p - raw));
    if (raw + len + MESH_HUGE > p + len) munmap(p + len, (size_t)(raw + len + MESH_HUGE - (p + len)));
    (void)madvise(p, len, MADV_HUGEPAGE);
    return p;
}

/*
 * A new heap region of `size` bytes at `start` (fresh from calloc) is about to be filled: fault its
 * pages in with one call instead of one page fault per 4 KiB (half the cost here, much less in VMs
 * where every fault traps), and let regions of 2 MiB or more use transparent huge pages. Errors
 * (older kernels) only mean the pages fault in one by one as before. Only regions up to 64 MiB are
 * populated, so a huge allocation that is never filled does not become resident.
 */
void mesh_gc_prepare_region(void *start, int64_t size)
{
    char *lo;
    size_t len = inner_pages(start, size, &lo);
    if (len == 0) return;
    if (len >= MESH_HUGE) (void)madvise(lo, len, MADV_HUGEPAGE);
    if (len <= ((size_t)64 << 20)) (void)madvise(lo, len, MADV_POPULATE_WRITE);
}

/*
 * Memory for a heap region of `size` bytes, zeroed, or NULL. Regions of 2 MiB or more are
 * mapped on their own, aligned to 2 MiB, so that transparent huge pages can back all of them
 * (one fault per 2 MiB instead of 512; calloc's big blocks start 16 bytes past a page, which
 * leaves most of a region's huge pages unaligned), and are populated at once (see above). A
 * String.join of 1,000,000 pieces spent a third of its time in the stores that first touched
 * 256 KiB chunks (bench/README.md). Smaller regions come from calloc.
 */
void *mesh_gc_region_alloc(int64_t size)
{
    if ((size_t)size < MESH_HUGE) return calloc(1, (size_t)size);
    char *p = map_huge_aligned(((size_t)size + MESH_HUGE - 1) & ~(MESH_HUGE - 1), 0);
    /* the request only: the rounding slack of a large object stays untouched (not resident) */
    if (p && (size_t)size <= ((size_t)64 << 20)) (void)madvise(p, ((size_t)size + MESH_PAGE - 1) & ~(MESH_PAGE - 1), MADV_POPULATE_WRITE);
    return p;
}

/*
 * A reserved region: `size` bytes (a multiple of 2 MiB) of address space, read-write but not
 * backed until written (MAP_NORESERVE, nothing populated), or NULL. Append buffers live in one so
 * that a string built by repeated `<>` grows in place, touching only the pages it fills, the way
 * realloc lets a C buffer grow (MeshString.cs, ActorHeap.AllocReserved). With `huge` (buffers that
 * start at 2 MiB or more) the region is 2 MiB-aligned and may use transparent huge pages, as big
 * regions do (mesh_gc_region_alloc). Freed by mesh_gc_region_free with the same size.
 */
void *mesh_gc_region_reserve(int64_t size, int32_t huge)
{
    if (size <= 0 || ((size_t)size & (MESH_HUGE - 1)) != 0) return NULL;
    if (huge) return map_huge_aligned((size_t)size, MAP_NORESERVE);
    void *p = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/*
 * The bytes [start, start + size) of a reserved region are about to be written: fault the whole
 * pages among them in with one call (see mesh_gc_prepare_region). The advice for huge pages, if
 * any, was given for the whole region (given for a part, it would split the mapping in two).
 */
void mesh_gc_region_populate(void *start, int64_t size)
{
    char *lo;
    size_t len = inner_pages(start, size, &lo);
    if (len > 0) (void)madvise(lo, len, MADV_POPULATE_WRITE);
}

/* Gives the pages that [start, start + size) touches back to the system (they read as zero afterwards). */
void mesh_gc_region_release(void *start, int64_t size)
{
    char *lo;
    size_t len = inner_pages(start, size + (int64_t)MESH_PAGE - 1, &lo);
    if (len > 0) (void)madvise(lo, len, MADV_DONTNEED);
}

/* Frees what mesh_gc_region_alloc(size) returned. */
void mesh_gc_region_free(void *p, int64_t size)
{
    if (!p) return;
    if ((size_t)size < MESH_HUGE) { free(p); return; }
    munmap(p, ((size_t)size + MESH_HUGE - 1) & ~(MESH_HUGE - 1));
}
