// RUN: not aithon-opt %s --split-input-file --pass-pipeline='builtin.module(aithon-lower-actor)' 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR < %t.err
// The negative chunks at the end make the run fail (exit 1); the other chunks are still printed.

// CHECK-LABEL: func.func @__aithon_module_init
// asyncio.run's coroutine runs inline in the root actor: untouched.
// CHECK: async.call @main(
func.func private @ai_asyncio_run_token(!llvm.ptr, !async.token)
func.func @__aithon_module_init(%ctx: !llvm.ptr) {
  %t = async.call @main(%ctx) : (!llvm.ptr) -> !async.token
  func.call @ai_asyncio_run_token(%ctx, %t) : (!llvm.ptr, !async.token) -> ()
  return
}

// CHECK-LABEL: async.func @main
// (Locations of the new ops are checked in test/unit/passes/test_lower_actor.py.)
// Only run inline, never spawned: the reply is dropped (no export, no exit of the root actor).
// CHECK-NOT: attributes {actor.behaviour}
// Spawn: a child context, then the call passes it first; words are decoded by the callee's types.
// CHECK: %[[CHILD:.*]] = func.call @ai_actor_spawn(%[[CTX:arg0]]) : (!llvm.ptr) -> !llvm.ptr
// CHECK-NEXT: %[[V:.*]] = call @greet(%[[CHILD]], %{{.*}}) : (!llvm.ptr, i64) -> !async.value<!llvm.ptr>
// Safepoint → runtime call; receive of a heap value → await + adopt into this actor.
// CHECK-NEXT: func.call @ai_safepoint(%[[CTX]]) : (!llvm.ptr) -> ()
// CHECK-NEXT: %[[P:.*]] = await %[[V]] : !async.value<!llvm.ptr>
// CHECK-NEXT: %[[A:.*]] = func.call @ai_msg_adopt(%[[CTX]], %[[P]]) : (!llvm.ptr, !llvm.ptr) -> !llvm.ptr
// CHECK-NEXT: func.call @use(%[[CTX]], %[[A]])
// A float word is bit-cast back.
// CHECK: %[[F:.*]] = arith.bitcast %{{.*}} : i64 to f64
// CHECK: call @half(%{{.*}}, %[[F]])
// A task's token is handed to the runtime right after the execute, with the context it borrows.
// CHECK: %[[TOK:.*]] = execute
// CHECK-NOT: actor.task
// CHECK: func.call @ai_task_token(%[[CTX]], %[[TOK]]) : (!llvm.ptr, !async.token) -> ()
// CHECK-NOT: "actor.reply"
// CHECK: return
func.func private @use(!llvm.ptr, !llvm.ptr)
async.func @main(%ctx: !llvm.ptr) -> !async.token attributes {actor.behaviour} {
  %n = arith.constant 3 : i64
  %ref = "actor.spawn"(%ctx, %n) {callee = @greet, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
  "actor.safepoint"(%ctx) : (!llvm.ptr) -> ()
  %s = "actor.receive"(%ctx, %ref) : (!llvm.ptr, !actor.ref) -> !llvm.ptr
  func.call @use(%ctx, %s) : (!llvm.ptr, !llvm.ptr) -> ()
  %w = arith.constant 4611686018427387904 : i64
  %r2 = "actor.spawn"(%ctx, %w) {callee = @half, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
  %h = "actor.receive"(%ctx, %r2) : (!llvm.ptr, !actor.ref) -> f64
  %t = async.execute attributes {actor.task, py.task} {
    async.yield
  }
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}

// CHECK-LABEL: async.func @greet
// Spawned: a heap result is exported to a message, the actor exits, the return sends the message.
// CHECK: %[[S:.*]] = func.call @make
// CHECK-NEXT: %[[M:.*]] = func.call @ai_msg_export(%[[C:arg0]], %[[S]]) : (!llvm.ptr, !llvm.ptr) -> !llvm.ptr
// CHECK-NEXT: func.call @ai_actor_exit(%[[C]]) : (!llvm.ptr) -> ()
// CHECK-NEXT: return %[[M]] : !llvm.ptr
func.func private @make(!llvm.ptr, i64) -> !llvm.ptr
async.func @greet(%ctx: !llvm.ptr, %n: i64 {py.type = "int"}) -> !async.value<!llvm.ptr> attributes {actor.behaviour} {
  %s = func.call @make(%ctx, %n) : (!llvm.ptr, i64) -> !llvm.ptr
  "actor.reply"(%ctx, %s) : (!llvm.ptr, !llvm.ptr) -> ()
  async.return %s : !llvm.ptr
}

// CHECK-LABEL: async.func @half
// Spawned with a scalar result: exit, no export.
// CHECK-NOT: ai_msg_export
// CHECK: func.call @ai_actor_exit
// CHECK-NEXT: return %{{.*}} : f64
async.func @half(%ctx: !llvm.ptr, %x: f64 {py.type = "float"}) -> !async.value<f64> attributes {actor.behaviour} {
  "actor.reply"(%ctx, %x) : (!llvm.ptr, f64) -> ()
  async.return %x : f64
}

// -----

// A behaviour that is spawned and also called inline (a mutable argument elsewhere) is cloned:
// the inline call uses a copy whose reply neither exports nor exits the caller's actor.
// CHECK-LABEL: async.func @caller
// CHECK: call @ai_actor_spawn
// CHECK: call @work(
// CHECK: call @work.inline(
async.func @caller(%ctx: !llvm.ptr, %n: i64) -> !async.token attributes {actor.behaviour} {
  %ref = "actor.spawn"(%ctx, %n) {callee = @work, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
  %a = "actor.receive"(%ctx, %ref) : (!llvm.ptr, !actor.ref) -> i64
  %c = async.call @work(%ctx, %n) : (!llvm.ptr, i64) -> !async.value<i64>
  %b = async.await %c : !async.value<i64>
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}
// CHECK-LABEL: async.func @work(
// CHECK: call @ai_actor_exit
// CHECK-LABEL: async.func private @work.inline(
// CHECK-NOT: ai_actor_exit
// CHECK: return
async.func @work(%ctx: !llvm.ptr, %n: i64) -> !async.value<i64> attributes {actor.behaviour} {
  "actor.reply"(%ctx, %n) : (!llvm.ptr, i64) -> ()
  async.return %n : i64
}

// -----

// A task whose first step is pure (it spawns a behaviour that only computes and replies a scalar)
// hands its token to ai_task_token_pure, so that with several workers the step may run ahead on
// another thread; a task whose behaviour prints stays an ordinary task.
// CHECK-LABEL: async.func @tasks
// CHECK: %[[PT:.*]], %{{.*}} = execute
// CHECK: call @square(
// CHECK: func.call @ai_task_token_pure(%{{.*}}, %[[PT]]) : (!llvm.ptr, !async.token) -> ()
// CHECK: %[[IT:.*]], %{{.*}} = execute
// CHECK: call @shout(
// CHECK: func.call @ai_task_token(%{{.*}}, %[[IT]]) : (!llvm.ptr, !async.token) -> ()
func.func private @ai_write_i64(!llvm.ptr, i64)
async.func @tasks(%ctx: !llvm.ptr, %n: i64) -> !async.token attributes {actor.behaviour} {
  %t1, %v1 = async.execute -> !async.value<i64> attributes {actor.task, py.task} {
    %r = "actor.spawn"(%ctx, %n) {callee = @square, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
    "actor.safepoint"(%ctx) : (!llvm.ptr) -> ()
    %x = "actor.receive"(%ctx, %r) : (!llvm.ptr, !actor.ref) -> i64
    async.yield %x : i64
  }
  %t2, %v2 = async.execute -> !async.value<i64> attributes {actor.task, py.task} {
    %r = "actor.spawn"(%ctx, %n) {callee = @shout, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
    %x = "actor.receive"(%ctx, %r) : (!llvm.ptr, !actor.ref) -> i64
    async.yield %x : i64
  }
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}
func.func @times(%ctx: !llvm.ptr, %a: i64, %b: i64) -> i64 {
  %p = arith.muli %a, %b : i64
  return %p : i64
}
async.func @square(%ctx: !llvm.ptr, %n: i64 {py.type = "int"}) -> !async.value<i64> attributes {actor.behaviour} {
  %s = func.call @times(%ctx, %n, %n) : (!llvm.ptr, i64, i64) -> i64
  "actor.reply"(%ctx, %s) : (!llvm.ptr, i64) -> ()
  async.return %s : i64
}
async.func @shout(%ctx: !llvm.ptr, %n: i64 {py.type = "int"}) -> !async.value<i64> attributes {actor.behaviour} {
  func.call @ai_write_i64(%ctx, %n) : (!llvm.ptr, i64) -> ()
  "actor.reply"(%ctx, %n) : (!llvm.ptr, i64) -> ()
  async.return %n : i64
}

// -----

// Mailbox and refs: self/parent become runtime calls; send posts one word; a receive without a
// ref waits for the mailbox then pops a word.
// CHECK-LABEL: func.func @mail
// CHECK: %[[P:.*]] = call @ai_actor_parent(%[[CTX:arg0]]) : (!llvm.ptr) -> !llvm.ptr
// CHECK-NEXT: %[[ME:.*]] = call @ai_actor_self(%[[CTX]]) : (!llvm.ptr) -> !llvm.ptr
// CHECK-NEXT: call @ai_actor_send(%[[CTX]], %[[P]], %arg1) : (!llvm.ptr, !llvm.ptr, i64) -> ()
// CHECK-NEXT: call @ai_actor_send(%[[CTX]], %[[ME]], %arg1)
// CHECK-NEXT: %[[T:.*]] = call @ai_mailbox_wait(%[[CTX]]) : (!llvm.ptr) -> !async.token
// CHECK-NEXT: async.await %[[T]] : !async.token
// CHECK-NEXT: %[[W:.*]] = call @ai_mailbox_pop(%[[CTX]]) : (!llvm.ptr) -> i64
// CHECK-NEXT: return %[[W]] : i64
func.func @mail(%ctx: !llvm.ptr, %w: i64) -> i64 {
  %p = "actor.parent"(%ctx) : (!llvm.ptr) -> !actor.ref
  %me = "actor.self"(%ctx) : (!llvm.ptr) -> !actor.ref
  "actor.send"(%ctx, %p, %w) : (!llvm.ptr, !actor.ref, i64) -> ()
  "actor.send"(%ctx, %me, %w) : (!llvm.ptr, !actor.ref, i64) -> ()
  %m = "actor.receive"(%ctx) : (!llvm.ptr) -> i64
  return %m : i64
}

// -----

// A spawned behaviour that raises ends its actor too: ai_actor_exit right before the await of the
// error token (after the safepoint, the context's last use); the inline clone does not exit.
// CHECK-LABEL: async.func @fails
// CHECK: %[[E:.*]] = func.call @ai_exc_token(%[[C:arg0]])
// CHECK-NEXT: func.call @ai_safepoint(%[[C]])
// CHECK-NEXT: func.call @ai_actor_exit(%[[C]]) : (!llvm.ptr) -> ()
// CHECK-NEXT: await %[[E]] : !async.token
// CHECK-LABEL: async.func private @fails.inline
// CHECK-NOT: ai_actor_exit
// CHECK: return
func.func private @ai_exc_token(!llvm.ptr) -> !async.token
async.func @fails(%ctx: !llvm.ptr) -> !async.value<i64> attributes {actor.behaviour} {
  %e = func.call @ai_exc_token(%ctx) : (!llvm.ptr) -> !async.token
  "actor.safepoint"(%ctx) : (!llvm.ptr) -> ()
  async.await %e : !async.token
  %c = arith.constant 0 : i64
  "actor.reply"(%ctx, %c) : (!llvm.ptr, i64) -> ()
  async.return %c : i64
}
func.func @calls_fails(%ctx: !llvm.ptr) {
  %r = "actor.spawn"(%ctx) {callee = @fails, start = "eager"} : (!llvm.ptr) -> !actor.ref
  %v = "actor.receive"(%ctx, %r) : (!llvm.ptr, !actor.ref) -> i64
  return
}
async.func @inline_user(%ctx: !llvm.ptr) -> !async.token attributes {actor.behaviour} {
  %v = async.call @fails(%ctx) : (!llvm.ptr) -> !async.value<i64>
  %x = async.await %v : !async.value<i64>
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}

// -----

// Negative: a lazy spawn is refused at its location and the pass fails.
// ERR: aithon-opt: error: {{.*}}aithon-lower-actor.mlir:[[@LINE+6]]:8: actor.spawn with start = "lazy" is not supported yet
async.func @f(%ctx: !llvm.ptr) -> !async.token attributes {actor.behaviour} {
  "actor.reply"(%ctx) : (!llvm.ptr) -> ()
  async.return
}
func.func @lazy(%ctx: !llvm.ptr) {
  %r = "actor.spawn"(%ctx) {callee = @f, start = "lazy"} : (!llvm.ptr) -> !actor.ref
  return
}

// -----

// Negative: a receive whose type differs from the behaviour's result.
// ERR: aithon-opt: error: {{.*}}aithon-lower-actor.mlir:[[@LINE+8]]:8: actor.receive expects f64 but the behaviour replies i64
async.func @g(%ctx: !llvm.ptr) -> !async.value<i64> attributes {actor.behaviour} {
  %c = arith.constant 1 : i64
  "actor.reply"(%ctx, %c) : (!llvm.ptr, i64) -> ()
  async.return %c : i64
}
func.func @mismatch(%ctx: !llvm.ptr) {
  %r = "actor.spawn"(%ctx) {callee = @g, start = "eager"} : (!llvm.ptr) -> !actor.ref
  %v = "actor.receive"(%ctx, %r) : (!llvm.ptr, !actor.ref) -> f64
  return
}
