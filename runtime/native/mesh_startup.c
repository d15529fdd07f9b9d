/*
 * Process start-up: map the program's read-only segments (code and constant data) in one call.
 *
 * A Mesh program is one static executable of ~2.5 MB of code and constants, of which a hello world
 * runs code scattered over most of it (the .NET runtime's initialisation, the scheduler, the GC).
 * Left to page faults, each first touch of a new 64 KiB window of the file is a fault (the kernel
 * maps 16 pages around it): ~37 of them in a hello world. On a VM where a fault traps to the
 * hypervisor that is 20-50 us each, while MADV_POPULATE_READ maps the whole 2.5 MB of (page-cached)
 * file pages in ~0.3 ms: bench/README.md, "Start-up". Writable segments are left alone: populating
 * them would allocate and copy pages that may never be written.
 *
 * Runs as the first constructor, before the C library's and the .NET runtime's own initialisers.
 * Errors (older kernels without MADV_POPULATE_READ) only mean the pages fault in as before.
 */
#define _GNU_SOURCE
#include <link.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22 /* Linux 5.14 */
#endif

static int populate_read_only_segments(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    const uintptr_t page = 4096;
    for (int i = 0; i < info->dlpi_phnum; i++)
    {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || (ph->p_flags & PF_W) != 0) continue;
        uintptr_t lo = (info->dlpi_addr + ph->p_vaddr) & ~(page - 1);
        uintptr_t hi = (info->dlpi_addr + ph->p_vaddr + ph->p_filesz + page - 1) & ~(page - 1);
        if (hi > lo) (void)madvise((void *)lo, hi - lo, MADV_POPULATE_READ);
    }
    return 1; /* the first object is the program itself: stop there */
}

__attribute__((constructor(101)))
static void mesh_startup_map_code(void)
{
    (void)dl_iterate_phdr(populate_read_only_segments, NULL);
}
