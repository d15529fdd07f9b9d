; ModuleID = 'actors'
source_filename = "actors"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@str.0 = private unnamed_addr constant { i64, [1 x i8] } { i64 1, [1 x i8] c" " }, align 8
@str.1 = private unnamed_addr constant { i64, [3 x i8] } { i64 3, [3 x i8] c"got" }, align 8

define internal void @"Main.main$entry"(ptr %0) {
entry:
  %args = alloca ptr, align 8
  store ptr %0, ptr %args, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  call void @Main.main()
  ret void
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
  store ptr %0, ptr %prefix, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  br label %bb1

bb1:                                              ; preds = %bb0
  store i64 0, ptr %mailbox_index, align 8
  br label %bb2

bb2:                                              ; preds = %tick.next3, %tick.next, %bb1
  %1 = load i64, ptr %mailbox_index, align 8
  %2 = call ptr @mesh_mailbox_at(i64 %1)
  store ptr %2, ptr %l2, align 8
  %3 = load ptr, ptr %l2, align 8
  %4 = icmp eq ptr %3, null
  store i1 %4, ptr %l3, align 1
  %5 = load i1, ptr %l3, align 1
  br i1 %5, label %bb3, label %bb4

bb3:                                              ; preds = %bb2
  %6 = load i64, ptr %mailbox_index, align 8
  %7 = call i64 @mesh_receive_wait(i64 %6, i64 -1)
  store i64 %7, ptr %l4, align 8
  %tick = call i8 asm sideeffect "subl $$1, %fs:mesh_reduction_budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}"()
  %8 = icmp ne i8 %tick, 0
  br i1 %8, label %tick.yield, label %tick.next

bb4:                                              ; preds = %bb2
  %9 = load i64, ptr %mailbox_index, align 8
  %10 = call i64 @mesh_mailbox_kind(i64 %9)
  store i64 %10, ptr %l5, align 8
  %11 = load i64, ptr %l5, align 8
  switch i64 %11, label %bb6 [
    i64 0, label %bb7
    i64 1, label %bb8
    i64 2, label %bb8
  ]

bb5:                                              ; preds = %bb7
  ret void

bb6:                                              ; preds = %bb9, %bb8, %bb4
  %12 = load i64, ptr %mailbox_index, align 8
  %13 = add i64 %12, 1
  store i64 %13, ptr %mailbox_index, align 8
  %tick1 = call i8 asm sideeffect "subl $$1, %fs:mesh_reduction_budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}"()
  %14 = icmp ne i8 %tick1, 0
  br i1 %14, label %tick.yield2, label %tick.next3

bb7:                                              ; preds = %bb4
  %15 = load ptr, ptr %l2, align 8
  %16 = call i64 @mesh_msg_get_i64(ptr %15)
  store i64 %16, ptr %l6, align 8
  %17 = load i64, ptr %l6, align 8
  store i64 %17, ptr %n, align 8
  %18 = load i64, ptr %mailbox_index, align 8
  call void @mesh_mailbox_remove(i64 %18)
  %19 = load ptr, ptr %prefix, align 8
  %20 = ptrtoint ptr %19 to i64
  store i64 %20, ptr %l8, align 8
  store i64 ptrtoint (ptr @str.0 to i64), ptr %l9, align 8
  %21 = load i64, ptr %n, align 8
  store i64 %21, ptr %l10, align 8
  store i64 0, ptr %l11, align 8
  %22 = load i64, ptr %l8, align 8
  %23 = load i64, ptr %l9, align 8
  %24 = load i64, ptr %l10, align 8
  %25 = load i64, ptr %l11, align 8
  %26 = call ptr @mesh_string_concat_mixed(i64 37, i64 %22, i64 %23, i64 %24, i64 %25)
  store ptr %26, ptr %l12, align 8
  %27 = load ptr, ptr %l12, align 8
  call void @mesh_println(ptr %27)
  br label %bb5

bb8:                                              ; preds = %bb4, %bb4
  br label %bb6

bb9:                                              ; No predecessors!
  br label %bb6

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
  store ptr %0, ptr %args, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  %1 = load ptr, ptr %args, align 8
  %2 = call ptr @mesh_msg_get_string(ptr %1)
  store ptr %2, ptr %l1, align 8
  %3 = load ptr, ptr %l1, align 8
  call void @"Main.echo<Int>"(ptr %3)
  ret void
}

define internal void @Main.main() {
entry:
  %l0 = alloca ptr, align 8
  %l1 = alloca i64, align 8
  %pid = alloca i64, align 8
  %l3 = alloca ptr, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  br label %bb1

bb1:                                              ; preds = %bb0
  %0 = call ptr @mesh_msg_new()
  store ptr %0, ptr %l0, align 8
  %1 = load ptr, ptr %l0, align 8
  call void @mesh_msg_put_string(ptr %1, ptr @str.1)
  %2 = load ptr, ptr %l0, align 8
  %3 = call i64 @mesh_actor_spawn(ptr @"Main.echo<Int>$entry", ptr %2)
  store i64 %3, ptr %l1, align 8
  %4 = load i64, ptr %l1, align 8
  store i64 %4, ptr %pid, align 8
  %5 = call ptr @mesh_msg_new()
  store ptr %5, ptr %l3, align 8
  %6 = load ptr, ptr %l3, align 8
  call void @mesh_msg_put_i64(ptr %6, i64 7)
  %7 = load i64, ptr %pid, align 8
  %8 = load ptr, ptr %l3, align 8
  call void @mesh_actor_send(i64 %7, ptr %8)
  ret void
}

; Function Attrs: nounwind
declare ptr @mesh_mailbox_at(i64) #0

; Function Attrs: nounwind
declare i64 @mesh_receive_wait(i64, i64) #0

; Function Attrs: cold nounwind
declare void @mesh_reduction_yield() #1

; Function Attrs: nounwind
declare i64 @mesh_mailbox_kind(i64) #0

; Function Attrs: nounwind
declare i64 @mesh_msg_get_i64(ptr) #0

; Function Attrs: nounwind
declare void @mesh_mailbox_remove(i64) #0

; Function Attrs: nounwind
declare ptr @mesh_string_concat_mixed(i64, i64, i64, i64, i64) #0

; Function Attrs: nounwind
declare void @mesh_println(ptr) #0

; Function Attrs: nounwind
declare ptr @mesh_msg_get_string(ptr) #0

; Function Attrs: nounwind
declare ptr @mesh_msg_new() #0

; Function Attrs: nounwind
declare void @mesh_msg_put_string(ptr, ptr) #0

; Function Attrs: nounwind
declare i64 @mesh_actor_spawn(ptr, ptr) #0

; Function Attrs: nounwind
declare void @mesh_msg_put_i64(ptr, i64) #0

; Function Attrs: nounwind
declare void @mesh_actor_send(i64, ptr) #0

declare i32 @mesh_rt_main(i32, ptr, ptr)

define i32 @main(i32 %0, ptr %1) {
entry:
  %status = call i32 @mesh_rt_main(i32 %0, ptr %1, ptr @"Main.main$entry")
  ret i32 %status
}

attributes #0 = { nounwind }
attributes #1 = { cold nounwind }
