; ModuleID = 'hello'
source_filename = "hello"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@str.0 = private unnamed_addr constant { i64, [12 x i8] } { i64 12, [12 x i8] c"golden hello" }, align 8

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
  %stack = call i8 asm sideeffect "cmpq %fs:mesh_stack_limit@tpoff, %rsp", "={@ccb},~{dirflag},~{fpsr},~{flags}"()
  %0 = icmp ne i8 %stack, 0
  br i1 %0, label %stack.overflow, label %stack.ok

bb0:                                              ; preds = %stack.ok
  br label %bb1

bb1:                                              ; preds = %bb0
  call void @mesh_println(ptr @str.0)
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
declare void @mesh_println(ptr) #1

declare i32 @mesh_rt_main(i32, ptr, ptr)

define i32 @main(i32 %0, ptr %1) {
entry:
  %status = call i32 @mesh_rt_main(i32 %0, ptr %1, ptr @"Main.main$entry")
  ret i32 %status
}

attributes #0 = { cold noreturn nounwind }
attributes #1 = { nounwind }
