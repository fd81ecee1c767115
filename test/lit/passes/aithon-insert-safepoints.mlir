// RUN: aithon-opt %s --pass-pipeline='builtin.module(aithon-insert-safepoints)' | FileCheck %s
// RUN: aithon-opt %s --aithon-insert-safepoints --aithon-insert-safepoints | FileCheck %s --check-prefix=TWICE

async.func @child(%ctx: !llvm.ptr, %n: i64 {py.type = "int"}) -> !async.value<i64> attributes {actor.behaviour} {
  "actor.reply"(%ctx, %n) : (!llvm.ptr, i64) -> ()
  async.return %n : i64
}

// CHECK-LABEL: async.func @suspensions
// Before a receive (with the receive's own context), an await and an await_all.
// CHECK: "actor.spawn"
// CHECK-NEXT: "actor.safepoint"(%[[CTX:arg0]]) : (!llvm.ptr) -> ()
// CHECK-NEXT: "actor.receive"
// CHECK: "actor.safepoint"(%[[CTX]])
// CHECK-NEXT: await_all
// CHECK-NEXT: "actor.safepoint"(%[[CTX]])
// CHECK-NEXT: await %{{.*}} : !async.token
// No safepoint before plain ops or the reply.
// CHECK-NEXT: "actor.reply"
async.func @suspensions(%ctx: !llvm.ptr, %n: i64, %t: !async.token) -> !async.token attributes {actor.behaviour} {
  %ref = "actor.spawn"(%ctx, %n) {callee = @child, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
  %v = "actor.receive"(%ctx, %ref) : (!llvm.ptr, !actor.ref) -> i64
  %c1 = arith.constant 1 : index
  %g = async.create_group %c1 : !async.group
  async.await_all %g
  async.await %t : !async.token
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}

// CHECK-LABEL: func.func @loop
// A loop in CFG form: the back edge (^bb1 → ^bb1's header) gets a safepoint, the forward edges not.
// CHECK-NOT: actor.safepoint
// CHECK: cf.br ^bb1
// CHECK: ^bb1(
// CHECK-NOT: actor.safepoint
// CHECK: cf.cond_br
// CHECK: ^bb2:
// CHECK: "actor.safepoint"(%arg0) : (!llvm.ptr) -> ()
// CHECK-NEXT: cf.br ^bb1
// CHECK: ^bb3:
// CHECK-NOT: actor.safepoint
// CHECK: return
func.func @loop(%ctx: !llvm.ptr, %n: i64) -> i64 {
  %c0 = arith.constant 0 : i64
  %c1 = arith.constant 1 : i64
  cf.br ^head(%c0 : i64)
^head(%i: i64):
  %more = arith.cmpi slt, %i, %n : i64
  cf.cond_br %more, ^body, ^exit
^body:
  %next = arith.addi %i, %c1 : i64
  cf.br ^head(%next : i64)
^exit:
  return %i : i64
}

// CHECK-LABEL: func.func @self_loop
// A block branching to itself retreats too.
// CHECK: ^bb1:
// CHECK-NEXT: "actor.safepoint"
// CHECK-NEXT: cf.br ^bb1
func.func @self_loop(%ctx: !llvm.ptr) {
  cf.br ^spin
^spin:
  cf.br ^spin
}

// CHECK-LABEL: async.func @in_task
// Awaits inside an async.execute body use the enclosing function's context.
// CHECK: execute
// CHECK: "actor.safepoint"(%arg0)
// CHECK-NEXT: "actor.receive"
async.func @in_task(%ctx: !llvm.ptr, %n: i64) -> !async.token attributes {actor.behaviour} {
  %t = async.execute attributes {actor.task, py.task} {
    %ref = "actor.spawn"(%ctx, %n) {callee = @child, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
    %v = "actor.receive"(%ctx, %ref) : (!llvm.ptr, !actor.ref) -> i64
    async.yield
  }
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}

// CHECK-LABEL: func.func @no_context
// A function without a context argument gets none (nothing to pass to the runtime).
// CHECK-NEXT: cf.br ^bb1
// CHECK-NEXT: ^bb1:
// CHECK-NEXT: cf.br ^bb1
func.func @no_context(%n: i64) {
  cf.br ^spin
^spin:
  cf.br ^spin
}

// The pass is idempotent.
// TWICE-LABEL: async.func @suspensions
// TWICE: "actor.safepoint"
// TWICE-NEXT: "actor.receive"
// TWICE-LABEL: func.func @self_loop
// TWICE: ^bb1:
// TWICE-NEXT: "actor.safepoint"
// TWICE-NEXT: cf.br ^bb1
