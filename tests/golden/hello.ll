; ModuleID = 'hello'
source_filename = "hello"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@str.0 = private unnamed_addr constant { i64, [12 x i8] } { i64 12, [12 x i8] c"golden hello" }, align 8

define internal void @"Main.main$entry"(ptr %0) {
entry:
  %args = alloca ptr, align 8
  store ptr %0, ptr %args, align 8
  br label %bb0

bb0:                                              ; preds = %entry
  call void @Main.main()
  ret void
}

define internal void @Main.main() {
entry:
  br label %bb0

bb0:                                              ; preds = %entry
  br label %bb1

bb1:                                              ; preds = %bb0
  call void @mesh_println(ptr @str.0)
  ret void
}

; Function Attrs: nounwind
declare void @mesh_println(ptr) #0

declare i32 @mesh_rt_main(i32, ptr, ptr)

define i32 @main(i32 %0, ptr %1) {
entry:
  %status = call i32 @mesh_rt_main(i32 %0, ptr %1, ptr @"Main.main$entry")
  ret i32 %status
}

attributes #0 = { nounwind }
