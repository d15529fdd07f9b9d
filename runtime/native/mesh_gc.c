/*
 * Native helper of the per-actor collector (runtime/Mesh.Runtime/Memory/ActorHeap.cs).
 *
 * mesh_gc_spill stores the callee-saved registers (rbx, rbp, r12-r15) into regs[0..5] and
 * returns an address at or below its caller's stack frame. The collector, running in a C#
 * export on the actor's coroutine stack, scans regs and every word from the returned address
 * up to the top of the coroutine stack: together they hold every value the (suspended by a
 * call) Mesh code can still use. Caller-saved registers are dead across the call by the ABI.
 */
#include <stdint.h>

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
