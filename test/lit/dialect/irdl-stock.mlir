// RUN: mlir-opt %s --irdl-file=%aithon_dialects/actor.irdl.mlir --split-input-file --verify-diagnostics | FileCheck %s
// Actor-stage IR (as aithon-async-to-actor + aithon-insert-safepoints print it) parses and verifies
// in stock mlir-opt with the dialect loaded from its IRDL source alone.

// CHECK-LABEL: async.func @fib
// CHECK: "actor.spawn"(%{{.*}}, %{{.*}}) {callee = @fib, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
// CHECK: "actor.safepoint"
// CHECK: "actor.receive"(%{{.*}}, %{{.*}}) : (!llvm.ptr, !actor.ref) -> i64
// CHECK: "actor.reply"
async.func @fib(%ctx: !llvm.ptr, %n: i64 {py.name = "n", py.type = "int"}) -> !async.value<i64> attributes {actor.behaviour} {
  %t, %v = async.execute -> !async.value<i64> attributes {actor.task, py.task} {
    %ref = "actor.spawn"(%ctx, %n) {callee = @fib, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
    "actor.safepoint"(%ctx) : (!llvm.ptr) -> ()
    %r = "actor.receive"(%ctx, %ref) : (!llvm.ptr, !actor.ref) -> i64
    async.yield %r : i64
  }
  "actor.safepoint"(%ctx) : (!llvm.ptr) -> ()
  %a = async.await %v : !async.value<i64>
  "actor.reply"(%ctx, %a) : (!llvm.ptr, i64) -> ()
  async.return %a : i64
}

// CHECK-LABEL: func.func @mailbox
// CHECK: "actor.parent"
// CHECK: "actor.self"
// CHECK: "actor.send"
// CHECK: "actor.receive"(%{{.*}}) : (!llvm.ptr) -> i64
func.func @mailbox(%ctx: !llvm.ptr, %w: i64) -> i64 {
  %p = "actor.parent"(%ctx) : (!llvm.ptr) -> !actor.ref
  %me = "actor.self"(%ctx) : (!llvm.ptr) -> !actor.ref
  "actor.send"(%ctx, %p, %w) : (!llvm.ptr, !actor.ref, i64) -> ()
  %m = "actor.receive"(%ctx) : (!llvm.ptr) -> i64
  return %m : i64
}

// -----

// Invalid: start must be "eager" or "lazy".
func.func @bad_start(%ctx: !llvm.ptr) {
  // expected-error @below {{'"soon"' does not satisfy the constraint}}
  %r = "actor.spawn"(%ctx) {callee = @f, start = "soon"} : (!llvm.ptr) -> !actor.ref
  return
}

// -----

// Invalid: a spawn argument is one i64 message word.
func.func @bad_word(%ctx: !llvm.ptr, %x: f64) {
  // expected-error @below {{expected 'i64' but got 'f64'}}
  %r = "actor.spawn"(%ctx, %x) {callee = @f, start = "eager"} : (!llvm.ptr, f64) -> !actor.ref
  return
}

// -----

// Invalid: send needs an actor ref as target.
func.func @bad_send(%ctx: !llvm.ptr, %w: i64) {
  // expected-error @below {{expected base type 'actor.ref'}}
  "actor.send"(%ctx, %ctx, %w) : (!llvm.ptr, !llvm.ptr, i64) -> ()
  return
}
