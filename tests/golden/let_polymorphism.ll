; ModuleID = 'let_polymorphism'
source_filename = "let_polymorphism"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@str.0 = private unnamed_addr constant { i64, [1 x i8] } { i64 1, [1 x i8] c"(" }, align 8
@str.1 = private unnamed_addr constant { i64, [0 x i8] } zeroinitializer, align 8
@str.2 = private unnamed_addr constant { i64, [2 x i8] } { i64 2, [2 x i8] c", " }, align 8
@str.3 = private unnamed_addr constant { i64, [1 x i8] } { i64 1, [1 x i8] c")" }, align 8
@str.4 = private unnamed_addr constant { i64, [1 x i8] } { i64 1, [1 x i8] c"s" }, align 8
@str.5 = private unnamed_addr constant { i64, [1 x i8] } { i64 1, [1 x i8] c" " }, align 8

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

define internal ptr @"$display<(Int, Int)>"(ptr %0) {
entry:
  %value = alloca ptr, align 8
  %l1 = alloca ptr, align 8
  %l2 = alloca i64, align 8
  %l3 = alloca ptr, align 8
  %l4 = alloca ptr, align 8
  %l5 = alloca ptr, align 8
  %l6 = alloca i64, align 8
  %l7 = alloca ptr, align 8
  %l8 = alloca ptr, align 8
  %l9 = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %1 = icmp ne i8 %stack, 0
  br i1 %1, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  %2 = call ptr @mesh_string_concat(ptr @str.0, ptr @str.1)
  store ptr %2, ptr %l1, align 8
  %3 = load ptr, ptr %value, align 8
  %4 = getelementptr inbounds i64, ptr %3, i64 0
  %5 = load i64, ptr %4, align 8
  store i64 %5, ptr %l2, align 8
  %6 = load i64, ptr %l2, align 8
  %7 = call ptr @mesh_int_to_string(i64 %6)
  store ptr %7, ptr %l3, align 8
  %8 = load ptr, ptr %l1, align 8
  %9 = load ptr, ptr %l3, align 8
  %10 = call ptr @mesh_string_concat(ptr %8, ptr %9)
  store ptr %10, ptr %l4, align 8
  %11 = load ptr, ptr %l4, align 8
  %12 = call ptr @mesh_string_concat(ptr %11, ptr @str.2)
  store ptr %12, ptr %l5, align 8
  %13 = load ptr, ptr %value, align 8
  %14 = getelementptr inbounds i64, ptr %13, i64 1
  %15 = load i64, ptr %14, align 8
  store i64 %15, ptr %l6, align 8
  %16 = load i64, ptr %l6, align 8
  %17 = call ptr @mesh_int_to_string(i64 %16)
  store ptr %17, ptr %l7, align 8
  %18 = load ptr, ptr %l5, align 8
  %19 = load ptr, ptr %l7, align 8
  %20 = call ptr @mesh_string_concat(ptr %18, ptr %19)
  store ptr %20, ptr %l8, align 8
  %21 = load ptr, ptr %l8, align 8
  %22 = call ptr @mesh_string_concat(ptr %21, ptr @str.3)
  store ptr %22, ptr %l9, align 8
  %23 = load ptr, ptr %l9, align 8
  ret ptr %23

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  store ptr %0, ptr %value, align 8
  br label %bb0
}

define internal ptr @"$display<(Int, String)>"(ptr %0) {
entry:
  %value = alloca ptr, align 8
  %l1 = alloca ptr, align 8
  %l2 = alloca i64, align 8
  %l3 = alloca ptr, align 8
  %l4 = alloca ptr, align 8
  %l5 = alloca ptr, align 8
  %l6 = alloca ptr, align 8
  %l7 = alloca ptr, align 8
  %l8 = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %1 = icmp ne i8 %stack, 0
  br i1 %1, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  %2 = call ptr @mesh_string_concat(ptr @str.0, ptr @str.1)
  store ptr %2, ptr %l1, align 8
  %3 = load ptr, ptr %value, align 8
  %4 = getelementptr inbounds i64, ptr %3, i64 0
  %5 = load i64, ptr %4, align 8
  store i64 %5, ptr %l2, align 8
  %6 = load i64, ptr %l2, align 8
  %7 = call ptr @mesh_int_to_string(i64 %6)
  store ptr %7, ptr %l3, align 8
  %8 = load ptr, ptr %l1, align 8
  %9 = load ptr, ptr %l3, align 8
  %10 = call ptr @mesh_string_concat(ptr %8, ptr %9)
  store ptr %10, ptr %l4, align 8
  %11 = load ptr, ptr %l4, align 8
  %12 = call ptr @mesh_string_concat(ptr %11, ptr @str.2)
  store ptr %12, ptr %l5, align 8
  %13 = load ptr, ptr %value, align 8
  %14 = getelementptr inbounds i64, ptr %13, i64 1
  %15 = load ptr, ptr %14, align 8
  store ptr %15, ptr %l6, align 8
  %16 = load ptr, ptr %l5, align 8
  %17 = load ptr, ptr %l6, align 8
  %18 = call ptr @mesh_string_concat(ptr %16, ptr %17)
  store ptr %18, ptr %l7, align 8
  %19 = load ptr, ptr %l7, align 8
  %20 = call ptr @mesh_string_concat(ptr %19, ptr @str.3)
  store ptr %20, ptr %l8, align 8
  %21 = load ptr, ptr %l8, align 8
  ret ptr %21

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  store ptr %0, ptr %value, align 8
  br label %bb0
}

define internal void @Main.main() {
entry:
  %base = alloca i64, align 8
  %l1 = alloca ptr, align 8
  %once = alloca ptr, align 8
  %l3 = alloca ptr, align 8
  %l4 = alloca ptr, align 8
  %l5 = alloca ptr, align 8
  %l6 = alloca ptr, align 8
  %l7 = alloca ptr, align 8
  %l8 = alloca ptr, align 8
  %l9 = alloca i64, align 8
  %l10 = alloca ptr, align 8
  %l11 = alloca i64, align 8
  %l12 = alloca i64, align 8
  %l13 = alloca i64, align 8
  %l14 = alloca i64, align 8
  %l15 = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %0 = icmp ne i8 %stack, 0
  br i1 %0, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  br label %bb1

bb1:                                              ; preds = %bb0
  store i64 1, ptr %base, align 8
  %1 = call ptr @mesh_alloc(i64 16)
  %2 = getelementptr inbounds i64, ptr %1, i64 0
  store i64 ptrtoint (ptr @"Main.main$closure1" to i64), ptr %2, align 8
  %3 = getelementptr inbounds i64, ptr %1, i64 1
  %4 = load i64, ptr %base, align 8
  store i64 %4, ptr %3, align 8
  store ptr %1, ptr %l1, align 8
  %5 = load ptr, ptr %l1, align 8
  store ptr %5, ptr %once, align 8
  %6 = call ptr @mesh_alloc(i64 16)
  %7 = getelementptr inbounds i64, ptr %6, i64 0
  store i64 ptrtoint (ptr @"Main.main$closure0<Int>" to i64), ptr %7, align 8
  %8 = getelementptr inbounds i64, ptr %6, i64 1
  %9 = load i64, ptr %base, align 8
  store i64 %9, ptr %8, align 8
  store ptr %6, ptr %l3, align 8
  %tick = call i8 asm sideeffect "subl $$1, %fs:mesh_reduction_budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}"()
  %10 = icmp ne i8 %tick, 0
  br i1 %10, label %tick.yield, label %tick.next

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  br label %bb0

tick.yield:                                       ; preds = %bb1
  call void @mesh_reduction_yield()
  br label %tick.next

tick.next:                                        ; preds = %tick.yield, %bb1
  %11 = load ptr, ptr %l3, align 8
  %12 = load ptr, ptr %11, align 8
  %13 = call ptr %12(ptr %11, i64 2)
  store ptr %13, ptr %l4, align 8
  %14 = load ptr, ptr %l4, align 8
  %15 = call ptr @"$display<(Int, Int)>"(ptr %14)
  store ptr %15, ptr %l5, align 8
  %16 = call ptr @mesh_alloc(i64 16)
  %17 = getelementptr inbounds i64, ptr %16, i64 0
  store i64 ptrtoint (ptr @"Main.main$closure0<String>" to i64), ptr %17, align 8
  %18 = getelementptr inbounds i64, ptr %16, i64 1
  %19 = load i64, ptr %base, align 8
  store i64 %19, ptr %18, align 8
  store ptr %16, ptr %l6, align 8
  %20 = load ptr, ptr %l6, align 8
  %21 = load ptr, ptr %20, align 8
  %22 = call ptr %21(ptr %20, ptr @str.4)
  store ptr %22, ptr %l7, align 8
  %23 = load ptr, ptr %l7, align 8
  %24 = call ptr @"$display<(Int, String)>"(ptr %23)
  store ptr %24, ptr %l8, align 8
  %25 = load ptr, ptr %once, align 8
  %26 = load ptr, ptr %25, align 8
  %27 = call i64 %26(ptr %25, i64 3)
  store i64 %27, ptr %l9, align 8
  %28 = load ptr, ptr %l5, align 8
  %29 = load ptr, ptr %l8, align 8
  %30 = call ptr @mesh_string_concat4(ptr %28, ptr @str.5, ptr %29, ptr @str.5)
  store ptr %30, ptr %l10, align 8
  %31 = load ptr, ptr %l10, align 8
  %32 = ptrtoint ptr %31 to i64
  store i64 %32, ptr %l11, align 8
  %33 = load i64, ptr %l9, align 8
  store i64 %33, ptr %l12, align 8
  store i64 0, ptr %l13, align 8
  store i64 0, ptr %l14, align 8
  %34 = load i64, ptr %l11, align 8
  %35 = load i64, ptr %l12, align 8
  %36 = load i64, ptr %l13, align 8
  %37 = load i64, ptr %l14, align 8
  %38 = call ptr @mesh_string_concat_mixed(i64 9, i64 %34, i64 %35, i64 %36, i64 %37)
  store ptr %38, ptr %l15, align 8
  %39 = load ptr, ptr %l15, align 8
  call void @mesh_println(ptr %39)
  ret void
}

define internal ptr @"Main.main$closure0<Int>"(ptr %0, i64 %1) {
entry:
  %closure = alloca ptr, align 8
  %x = alloca i64, align 8
  %l2 = alloca i64, align 8
  %base = alloca i64, align 8
  %l4 = alloca ptr, align 8
  store ptr %0, ptr %closure, align 8
  store i64 %1, ptr %x, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  %2 = load ptr, ptr %closure, align 8
  %3 = getelementptr inbounds i64, ptr %2, i64 1
  %4 = load i64, ptr %3, align 8
  store i64 %4, ptr %l2, align 8
  %5 = load i64, ptr %l2, align 8
  store i64 %5, ptr %base, align 8
  %6 = call ptr @mesh_alloc(i64 16)
  %7 = getelementptr inbounds i64, ptr %6, i64 0
  %8 = load i64, ptr %base, align 8
  store i64 %8, ptr %7, align 8
  %9 = getelementptr inbounds i64, ptr %6, i64 1
  %10 = load i64, ptr %x, align 8
  store i64 %10, ptr %9, align 8
  store ptr %6, ptr %l4, align 8
  %11 = load ptr, ptr %l4, align 8
  ret ptr %11
}

define internal ptr @"Main.main$closure0<String>"(ptr %0, ptr %1) {
entry:
  %closure = alloca ptr, align 8
  %x = alloca ptr, align 8
  %l2 = alloca i64, align 8
  %base = alloca i64, align 8
  %l4 = alloca ptr, align 8
  store ptr %0, ptr %closure, align 8
  store ptr %1, ptr %x, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  %2 = load ptr, ptr %closure, align 8
  %3 = getelementptr inbounds i64, ptr %2, i64 1
  %4 = load i64, ptr %3, align 8
  store i64 %4, ptr %l2, align 8
  %5 = load i64, ptr %l2, align 8
  store i64 %5, ptr %base, align 8
  %6 = call ptr @mesh_alloc(i64 16)
  %7 = getelementptr inbounds i64, ptr %6, i64 0
  %8 = load i64, ptr %base, align 8
  store i64 %8, ptr %7, align 8
  %9 = getelementptr inbounds i64, ptr %6, i64 1
  %10 = load ptr, ptr %x, align 8
  %11 = ptrtoint ptr %10 to i64
  store i64 %11, ptr %9, align 8
  store ptr %6, ptr %l4, align 8
  %12 = load ptr, ptr %l4, align 8
  ret ptr %12
}

define internal i64 @"Main.main$closure1"(ptr %0, i64 %1) {
entry:
  %closure = alloca ptr, align 8
  %y = alloca i64, align 8
  %l2 = alloca i64, align 8
  %base = alloca i64, align 8
  %l4 = alloca i64, align 8
  store ptr %0, ptr %closure, align 8
  store i64 %1, ptr %y, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  %2 = load ptr, ptr %closure, align 8
  %3 = getelementptr inbounds i64, ptr %2, i64 1
  %4 = load i64, ptr %3, align 8
  store i64 %4, ptr %l2, align 8
  %5 = load i64, ptr %l2, align 8
  store i64 %5, ptr %base, align 8
  %6 = load i64, ptr %y, align 8
  %7 = load i64, ptr %base, align 8
  %8 = add i64 %6, %7
  store i64 %8, ptr %l4, align 8
  %9 = load i64, ptr %l4, align 8
  ret i64 %9
}

; Function Attrs: cold noreturn nounwind
declare void @mesh_stack_overflow() #0

; Function Attrs: nounwind
declare ptr @mesh_string_concat(ptr, ptr) #1

; Function Attrs: nounwind
declare ptr @mesh_int_to_string(i64) #1

; Function Attrs: nounwind
declare noalias ptr @mesh_alloc(i64) #1

; Function Attrs: cold nounwind
declare void @mesh_reduction_yield() #2

; Function Attrs: nounwind
declare ptr @mesh_string_concat4(ptr, ptr, ptr, ptr) #1

; Function Attrs: nounwind
declare ptr @mesh_string_concat_mixed(i64, i64, i64, i64, i64) #1

; Function Attrs: nounwind
declare void @mesh_println(ptr) #1

declare i32 @mesh_rt_main(i32, ptr, ptr)

define i32 @main(i32 %0, ptr %1) {
entry:
  %status = call i32 @mesh_rt_main(i32 %0, ptr %1, ptr @"Main.main$entry")
  ret i32 %status
}

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
attributes #2 = { cold nounwind }
