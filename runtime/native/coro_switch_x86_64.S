/*
 * Stack switching for Mesh actor coroutines (System V x86-64).
 *
 * void mesh_coro_switch(void **save_sp, void *load_sp)
 *   Saves the callee-saved registers plus MXCSR and the x87 control word on
 *   the current stack, stores the stack pointer in *save_sp, loads load_sp
 *   and restores the same state from there, then returns on the new stack.
 *
 * mesh_coro_boot
 *   First "return address" of a fresh coroutine stack. The creator stores
 *   the coroutine pointer in the r12 slot; boot passes it to mesh_coro_main
 *   (C, never returns).
 *
 * void mesh_coro_call_on(void *sp, void (*fn)(void *), void *arg)
 *   Abandons the current stack: loads sp (16-byte aligned) and calls fn(arg),
 *   which must never return. Used when an actor overflows its stack: its
 *   frames are discarded and it ends on the top of its own stack.
 */
        .text
        .globl  mesh_coro_switch
        .hidden mesh_coro_switch
        .type   mesh_coro_switch, @function
        .p2align 4
mesh_coro_switch:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        subq    $8, %rsp
        stmxcsr (%rsp)
        fnstcw  4(%rsp)
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        ldmxcsr (%rsp)
        fldcw   4(%rsp)
        addq    $8, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   mesh_coro_switch, .-mesh_coro_switch

        .globl  mesh_coro_boot
        .hidden mesh_coro_boot
        .type   mesh_coro_boot, @function
        .p2align 4
mesh_coro_boot:
        .cfi_startproc
        .cfi_undefined rip
        xorl    %ebp, %ebp
        movq    %r12, %rdi
        andq    $-16, %rsp
        call    mesh_coro_main
        ud2
        .cfi_endproc
        .size   mesh_coro_boot, .-mesh_coro_boot

        .globl  mesh_coro_call_on
        .hidden mesh_coro_call_on
        .type   mesh_coro_call_on, @function
        .p2align 4
mesh_coro_call_on:
        .cfi_startproc
        .cfi_undefined rip
        movq    %rdi, %rsp
        xorl    %ebp, %ebp
        movq    %rdx, %rdi
        call    *%rsi
        ud2
        .cfi_endproc
        .size   mesh_coro_call_on, .-mesh_coro_call_on

        .section .note.GNU-stack,"",@progbits
