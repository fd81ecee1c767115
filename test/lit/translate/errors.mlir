// RUN: not aithon-translate %s --mlir-to-llvmir 2>&1 | FileCheck %s
// Regression: a module that is not fully in the llvm dialect made the translation segfault; it is
// now refused with one located line and exit status 1.

// CHECK: aithon-translate: error: {{.*}}errors.mlir:[[# @LINE + 2]]:1: 'func.func' is not in the llvm dialect
// CHECK-NOT: Traceback
func.func @f(%a: i64) -> i64 {
  return %a : i64
}
