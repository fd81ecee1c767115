// RUN: not aithon-opt %s --pass-pipeline='builtin.module(aithon-async-to-actor,no-such-pass)' 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not aithon-opt %s --no-such-pass 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not aithon-opt %s.missing 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not aithon-opt %s --aithon-lower-actor 2>&1 | FileCheck %s --check-prefix=INVALID
// RUN: not aithon-opt %s --pass-pipeline='builtin.module(canonicalize' 2>&1 | FileCheck %s --check-prefix=SYNTAX

// UNKNOWN: aithon-opt: error: unknown pass 'no-such-pass'
// UNKNOWN-NOT: Traceback
// MISSING: aithon-opt: error: cannot read '{{.*}}errors.mlir.missing': No such file or directory
// Invalid IR: one line, file:line:col and the verifier's message.
// INVALID: aithon-opt: error: {{.*}}errors.mlir:[[@LINE+3]]:8: expected 'i64' but got 'f64'
// INVALID-NOT: Traceback
func.func @bad(%ctx: !llvm.ptr, %x: f64) {
  %r = "actor.spawn"(%ctx, %x) {callee = @f, start = "eager"} : (!llvm.ptr, f64) -> !actor.ref
  return
}
// SYNTAX: aithon-opt: error: unbalanced
