; ModuleID = 'arith'
source_filename = "arith"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@str.0 = private unnamed_addr constant { i64, [3 x i8] } { i64 3, [3 x i8] c"big" }, align 8
@str.1 = private unnamed_addr constant { i64, [5 x i8] } { i64 5, [5 x i8] c"small" }, align 8
@str.2 = private unnamed_addr constant { i64, [1 x i8] } { i64 1, [1 x i8] c" " }, align 8

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

define internal void @Main.main() {
entry:
  %l0 = alloca i64, align 8
  %n = alloca i64, align 8
  %l2 = alloca ptr, align 8
  %l3 = alloca i1, align 1
  %l4 = alloca i1, align 1
  %l5 = alloca i1, align 1
  %l6 = alloca i1, align 1
  %big = alloca ptr, align 8
  %l8 = alloca double, align 8
  %l9 = alloca i64, align 8
  %l10 = alloca i64, align 8
  %l11 = alloca i64, align 8
  %l12 = alloca i64, align 8
  %l13 = alloca ptr, align 8
  %l14 = alloca ptr, align 8
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %0 = icmp ne i8 %stack, 0
  br i1 %0, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  br label %bb1

bb1:                                              ; preds = %bb0
  %tick = call i8 asm sideeffect "subl $$1, %fs:mesh_reduction_budget@tpoff", "={@ccle},~{dirflag},~{fpsr},~{flags}"()
  %1 = icmp ne i8 %tick, 0
  br i1 %1, label %tick.yield, label %tick.next

bb2:                                              ; preds = %tick.next
  %2 = load i64, ptr %n, align 8
  %3 = icmp eq i64 %2, 5
  store i1 %3, ptr %l5, align 1
  %4 = load i1, ptr %l5, align 1
  %5 = xor i1 %4, true
  store i1 %5, ptr %l6, align 1
  %6 = load i1, ptr %l6, align 1
  store i1 %6, ptr %l3, align 1
  br label %bb3

bb3:                                              ; preds = %bb2, %tick.next
  %7 = load i1, ptr %l3, align 1
  br i1 %7, label %bb4, label %bb5

bb4:                                              ; preds = %bb3
  store ptr @str.0, ptr %l2, align 8
  br label %bb6

bb5:                                              ; preds = %bb3
  store ptr @str.1, ptr %l2, align 8
  br label %bb6

bb6:                                              ; preds = %bb5, %bb4
  %8 = load ptr, ptr %l2, align 8
  store ptr %8, ptr %big, align 8
  %9 = call double @Main.scale(double 2.000000e+00)
  store double %9, ptr %l8, align 8
  %10 = load i64, ptr %n, align 8
  store i64 %10, ptr %l9, align 8
  store i64 ptrtoint (ptr @str.2 to i64), ptr %l10, align 8
  %11 = load double, ptr %l8, align 8
  %12 = bitcast double %11 to i64
  store i64 %12, ptr %l11, align 8
  store i64 ptrtoint (ptr @str.2 to i64), ptr %l12, align 8
  %13 = load i64, ptr %l9, align 8
  %14 = load i64, ptr %l10, align 8
  %15 = load i64, ptr %l11, align 8
  %16 = load i64, ptr %l12, align 8
  %17 = call ptr @mesh_string_concat_mixed(i64 118, i64 %13, i64 %14, i64 %15, i64 %16)
  store ptr %17, ptr %l13, align 8
  %18 = load ptr, ptr %l13, align 8
  %19 = load ptr, ptr %big, align 8
  %20 = call ptr @mesh_string_concat(ptr %18, ptr %19)
  store ptr %20, ptr %l14, align 8
  %21 = load ptr, ptr %l14, align 8
  call void @mesh_println(ptr %21)
  ret void

stack.overflow:                                   ; preds = %entry
  call void @mesh_stack_overflow()
  unreachable

stack.ok:                                         ; preds = %entry
  br label %bb0

tick.yield:                                       ; preds = %bb1
  call void @mesh_reduction_yield()
  br label %tick.next

tick.next:                                        ; preds = %tick.yield, %bb1
  %22 = call i64 @Main.mix(i64 9, i64 4)
  store i64 %22, ptr %l0, align 8
  %23 = load i64, ptr %l0, align 8
  store i64 %23, ptr %n, align 8
  %24 = load i64, ptr %n, align 8
  %25 = icmp sgt i64 %24, 2
  store i1 %25, ptr %l4, align 1
  %26 = load i1, ptr %l4, align 1
  store i1 %26, ptr %l3, align 1
  %27 = load i1, ptr %l4, align 1
  br i1 %27, label %bb2, label %bb3
}

define internal i64 @Main.mix(i64 %0, i64 %1) {
entry:
  %a = alloca i64, align 8
  %b = alloca i64, align 8
  %l2 = alloca i64, align 8
  %l3 = alloca i64, align 8
  %l4 = alloca i64, align 8
  %l5 = alloca i64, align 8
  %l6 = alloca i64, align 8
  store i64 %0, ptr %a, align 8
  store i64 %1, ptr %b, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  br label %bb1

bb1:                                              ; preds = %bb0
  %2 = load i64, ptr %a, align 8
  %3 = load i64, ptr %b, align 8
  %4 = add i64 %2, %3
  store i64 %4, ptr %l2, align 8
  %5 = load i64, ptr %a, align 8
  %6 = load i64, ptr %b, align 8
  %7 = sub i64 %5, %6
  store i64 %7, ptr %l3, align 8
  %8 = load i64, ptr %l2, align 8
  %9 = load i64, ptr %l3, align 8
  %10 = mul i64 %8, %9
  store i64 %10, ptr %l4, align 8
  %11 = load i64, ptr %l4, align 8
  %12 = sdiv i64 %11, 3
  store i64 %12, ptr %l5, align 8
  %13 = load i64, ptr %l5, align 8
  %14 = srem i64 %13, 7
  store i64 %14, ptr %l6, align 8
  %15 = load i64, ptr %l6, align 8
  ret i64 %15
}

define internal double @Main.scale(double %0) {
entry:
  %x = alloca double, align 8
  %l1 = alloca double, align 8
  %l2 = alloca double, align 8
  %l3 = alloca double, align 8
  store double %0, ptr %x, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  br label %bb1

bb1:                                              ; preds = %bb0
  %1 = load double, ptr %x, align 8
  %2 = fneg double %1
  store double %2, ptr %l1, align 8
  %3 = load double, ptr %l1, align 8
  %4 = fmul double %3, 1.500000e+00
  store double %4, ptr %l2, align 8
  %5 = load double, ptr %l2, align 8
  %6 = fadd double %5, 2.500000e-01
  store double %6, ptr %l3, align 8
  %7 = load double, ptr %l3, align 8
  ret double %7
}

; Function Attrs: cold noreturn nounwind
declare void @mesh_stack_overflow() #0

; Function Attrs: cold nounwind
declare void @mesh_reduction_yield() #1

; Function Attrs: nounwind
declare ptr @mesh_string_concat_mixed(i64, i64, i64, i64, i64) #2

; Function Attrs: nounwind
declare ptr @mesh_string_concat(ptr, ptr) #2

; Function Attrs: nounwind
declare void @mesh_println(ptr) #2

declare i32 @mesh_rt_main(i32, ptr, ptr)

define i32 @main(i32 %0, ptr %1) {
entry:
  %status = call i32 @mesh_rt_main(i32 %0, ptr %1, ptr @"Main.main$entry")
  ret i32 %status
}

attributes #0 = { cold noreturn nounwind }
attributes #1 = { cold nounwind }
attributes #2 = { nounwind }
