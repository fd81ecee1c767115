// RUN: aithon-opt %s --aithon-internalize | FileCheck %s
// Program symbols get internal linkage so that Python names (main, free, write...) can never
// collide with the runtime's C main or the C library at link time. Regression: a user's
// `async def main()` replaced the runtime's `main` and the program crashed at start.

// The runtime's entry point stays external.
// CHECK-LABEL: llvm.func @__aithon_module_init(
llvm.func @__aithon_module_init(%ctx: !llvm.ptr) {
  %r = llvm.call @main(%ctx) : (!llvm.ptr) -> !llvm.ptr
  llvm.return
}

// A user function named like the C entry point becomes local.
// CHECK-LABEL: llvm.func internal @main(
llvm.func @main(%ctx: !llvm.ptr) -> !llvm.ptr {
  llvm.return %ctx : !llvm.ptr
}

// Declarations (runtime and libc functions) keep external linkage.
// CHECK-LABEL: llvm.func @free(!llvm.ptr)
// CHECK-NOT: internal
// CHECK-LABEL: llvm.func @ai_safepoint(!llvm.ptr)
llvm.func @free(!llvm.ptr)
llvm.func @ai_safepoint(!llvm.ptr)

// Already-internal functions are left as they are.
// CHECK-LABEL: llvm.func internal @helper(
llvm.func internal @helper() {
  llvm.return
}
