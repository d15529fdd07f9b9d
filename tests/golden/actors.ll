; ModuleID = 'actors'
source_filename = "actors"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@str.0 = private unnamed_addr constant { i64, [1 x i8] } { i64 1, [1 x i8] c" " }, align 8
@str.1 = private unnamed_addr constant { i64, [3 x i8] } { i64 3, [3 x i8] c"got" }, align 8

define internal void @"Main.main$entry"(ptr %0) {
entry:
  %args = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %1 = icmp ne i8 %stack, 0
  br i1 %1, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  call void @Main.main()
  ret void

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  store ptr %0, ptr %args, align 8
  br label %bb0
}

define internal void @"Main.echo<Int>"(ptr %0) {
entry:
  %prefix = alloca ptr, align 8
  %mailbox_index = alloca i64, align 8
  %l2 = alloca ptr, align 8
  %l3 = alloca i1, align 1
  %l4 = alloca i64, align 8
  %l5 = alloca i64, align 8
  %l6 = alloca i64, align 8
  %n = alloca i64, align 8
  %l8 = alloca i64, align 8
  %l9 = alloca i64, align 8
  %l10 = alloca i64, align 8
  %l11 = alloca i64, align 8
  %l12 = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %1 = icmp ne i8 %stack, 0
  br i1 %1, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  br label %bb1

bb1:                                              ; preds = %bb0
  store i64 0, ptr %mailbox_index, align 8
  br label %bb2

bb2:                                              ; preds = %tick.next3, %tick.next, %bb1
  %2 = load i64, ptr %mailbox_index, align 8
  %3 = call ptr @mesh_mailbox_at(i64 %2)
  store ptr %3, ptr %l2, align 8
  %4 = load ptr, ptr %l2, align 8
  %5 = icmp eq ptr %4, null
  store i1 %5, ptr %l3, align 1
  %6 = load i1, ptr %l3, align 1
  br i1 %6, label %bb3, label %bb4

bb3:                                              ; preds = %bb2
  %7 = load i64, ptr %mailbox_index, align 8
  %8 = call i64 @mesh_receive_wait(i64 %7, i64 -1)
  store i64 %8, ptr %l4, align 8
  %tick = call i8 asm sideeffect "subl $$1, %fs:mesh_reduction_budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}"()
  %9 = icmp ne i8 %tick, 0
  br i1 %9, label %tick.yield, label %tick.next

bb4:                                              ; preds = %bb2
  %10 = load ptr, ptr %l2, align 8
  %11 = getelementptr inbounds i64, ptr %10, i64 4
  %12 = load i64, ptr %11, align 8
  store i64 %12, ptr %l5, align 8
  %13 = load i64, ptr %l5, align 8
  switch i64 %13, label %bb6 [
    i64 0, label %bb7
    i64 1, label %bb8
    i64 2, label %bb8
  ]

bb5:                                              ; preds = %bb7
  ret void

bb6:                                              ; preds = %bb9, %bb8, %bb4
  %14 = load i64, ptr %mailbox_index, align 8
  %15 = add i64 %14, 1
  store i64 %15, ptr %mailbox_index, align 8
  %tick1 = call i8 asm sideeffect "subl $$1, %fs:mesh_reduction_budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}"()
  %16 = icmp ne i8 %tick1, 0
  br i1 %16, label %tick.yield2, label %tick.next3

bb7:                                              ; preds = %bb4
  %17 = load ptr, ptr %l2, align 8
  %18 = call i64 @mesh_msg_get_i64(ptr %17)
  store i64 %18, ptr %l6, align 8
  %19 = load i64, ptr %l6, align 8
  store i64 %19, ptr %n, align 8
  %20 = load i64, ptr %mailbox_index, align 8
  call void @mesh_mailbox_remove(i64 %20)
  %21 = load ptr, ptr %prefix, align 8
  %22 = ptrtoint ptr %21 to i64
  store i64 %22, ptr %l8, align 8
  store i64 ptrtoint (ptr @str.0 to i64), ptr %l9, align 8
  %23 = load i64, ptr %n, align 8
  store i64 %23, ptr %l10, align 8
  store i64 0, ptr %l11, align 8
  %24 = load i64, ptr %l8, align 8
  %25 = load i64, ptr %l9, align 8
  %26 = load i64, ptr %l10, align 8
  %27 = load i64, ptr %l11, align 8
  %28 = call ptr @mesh_string_concat_mixed(i64 37, i64 %24, i64 %25, i64 %26, i64 %27)
  store ptr %28, ptr %l12, align 8
  %29 = load ptr, ptr %l12, align 8
  call void @mesh_println(ptr %29)
  br label %bb5

bb8:                                              ; preds = %bb4, %bb4
  br label %bb6

bb9:                                              ; No predecessors!
  br label %bb6

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  store ptr %0, ptr %prefix, align 8
  br label %bb0

tick.yield:                                       ; preds = %bb3
  call void @mesh_reduction_yield()
  br label %tick.next

tick.next:                                        ; preds = %tick.yield, %bb3
  br label %bb2

tick.yield2:                                      ; preds = %bb6
  call void @mesh_reduction_yield()
  br label %tick.next3

tick.next3:                                       ; preds = %tick.yield2, %bb6
  br label %bb2
}

define internal void @"Main.echo<Int>$entry"(ptr %0) {
entry:
  %args = alloca ptr, align 8
  %l1 = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %1 = icmp ne i8 %stack, 0
  br i1 %1, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  %2 = load ptr, ptr %args, align 8
  %3 = call ptr @mesh_msg_get_string(ptr %2)
  store ptr %3, ptr %l1, align 8
  %4 = load ptr, ptr %l1, align 8
  call void @"Main.echo<Int>"(ptr %4)
  ret void

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  store ptr %0, ptr %args, align 8
  br label %bb0
}

define internal void @Main.main() {
entry:
  %l0 = alloca ptr, align 8
  %l1 = alloca i64, align 8
  %pid = alloca i64, align 8
  %l3 = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %0 = icmp ne i8 %stack, 0
  br i1 %0, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  br label %bb1

bb1:                                              ; preds = %bb0
  %1 = call ptr @mesh_msg_new()
  store ptr %1, ptr %l0, align 8
  %2 = load ptr, ptr %l0, align 8
  call void @mesh_msg_put_string(ptr %2, ptr @str.1)
  %3 = load ptr, ptr %l0, align 8
  %4 = call i64 @mesh_actor_spawn(ptr @"Main.echo<Int>$entry", ptr %3)
  store i64 %4, ptr %l1, align 8
  %5 = load i64, ptr %l1, align 8
  store i64 %5, ptr %pid, align 8
  %6 = call ptr @mesh_msg_new()
  store ptr %6, ptr %l3, align 8
  %7 = load ptr, ptr %l3, align 8
  call void @mesh_msg_put_i64(ptr %7, i64 7)
  %8 = load i64, ptr %pid, align 8
  %9 = load ptr, ptr %l3, align 8
  call void @mesh_actor_send(i64 %8, ptr %9)
  ret void

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  br label %bb0
}

; Function Attrs: cold noreturn nounwind
declare void @mesh_stack_overflow() #0

; Function Attrs: nounwind
declare ptr @mesh_mailbox_at(i64) #1

; Function Attrs: nounwind
declare i64 @mesh_receive_wait(i64, i64) #1

; Function Attrs: cold nounwind
declare void @mesh_reduction_yield() #2

; Function Attrs: nounwind
declare i64 @mesh_msg_get_i64(ptr) #1

; Function Attrs: nounwind
declare void @mesh_mailbox_remove(i64) #1

; Function Attrs: nounwind
declare ptr @mesh_string_concat_mixed(i64, i64, i64, i64, i64) #1

; Function Attrs: nounwind
declare void @mesh_println(ptr) #1

; Function Attrs: nounwind
declare ptr @mesh_msg_get_string(ptr) #1

; Function Attrs: nounwind
declare ptr @mesh_msg_new() #1

; Function Attrs: nounwind
declare void @mesh_msg_put_string(ptr, ptr) #1

; Function Attrs: nounwind
declare i64 @mesh_actor_spawn(ptr, ptr) #1

; Function Attrs: nounwind
declare void @mesh_msg_put_i64(ptr, i64) #1

; Function Attrs: nounwind
declare void @mesh_actor_send(i64, ptr) #1

declare i32 @mesh_rt_main(i32, ptr, ptr)

define i32 @main(i32 %0, ptr %1) {
entry:
  %status = call i32 @mesh_rt_main(i32 %0, ptr %1, ptr @"Main.main$entry")
  ret i32 %status
}

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { cold nounwind }
