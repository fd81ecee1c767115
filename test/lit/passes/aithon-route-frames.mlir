// RUN: aithon-opt %s --split-input-file --aithon-route-frames | FileCheck %s
// The coroutine lowering's frame allocation (aligned_alloc/free from the C library) is renamed to
// the runtime's pooled ai_frame_alloc/ai_frame_free: no C allocator call per spawned task.

// The declarations are renamed...
// CHECK-DAG: llvm.func @ai_frame_free(!llvm.ptr)
// CHECK-DAG: llvm.func @ai_frame_alloc(i64, i64) -> !llvm.ptr
llvm.func @free(!llvm.ptr)
llvm.func @aligned_alloc(i64, i64) -> !llvm.ptr

// ...and so is every call of them.
// CHECK-LABEL: llvm.func @coro(
// CHECK: %[[FRAME:.*]] = llvm.call @ai_frame_alloc(%{{.*}}, %{{.*}}) : (i64, i64) -> !llvm.ptr
// CHECK: llvm.call @ai_frame_free(%[[FRAME]]) : (!llvm.ptr) -> ()
llvm.func @coro(%align: i64, %size: i64) {
  %p = llvm.call @aligned_alloc(%align, %size) : (i64, i64) -> !llvm.ptr
  llvm.call @free(%p) : (!llvm.ptr) -> ()
  llvm.return
}

// -----

// A function the program defines under one of these names keeps it (only declarations move).
// CHECK-LABEL: llvm.func @free(
// CHECK: llvm.call @free(
llvm.func @free(%x: i64) {
  llvm.return
}
llvm.func @user(%x: i64) {
  llvm.call @free(%x) : (i64) -> ()
  llvm.return
}
