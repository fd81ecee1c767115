// RUN: aithon-opt %s --pass-pipeline='builtin.module(aithon-async-to-actor)' 2>%t.remarks | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK < %t.remarks
// RUN: aithon-opt %s --aithon-async-to-actor --aithon-async-to-actor | FileCheck %s --check-prefix=TWICE

// In an async.func the printer drops the async. prefix (execute, await, call, return).

// Callees: immutable arguments (int, float, bool, str), a mutable list, a None result.
// CHECK-LABEL: async.func @square
// CHECK-SAME: attributes {actor.behaviour}
// The reply sits right before the return and carries the returned value.
// CHECK: %[[SQ:.*]] = arith.muli
// CHECK-NEXT: "actor.reply"(%{{.*}}, %[[SQ]]) : (!llvm.ptr, i64) -> ()
// CHECK-NEXT: return %[[SQ]] : i64
async.func @square(%ctx: !llvm.ptr, %n: i64 {py.name = "n", py.type = "int"}) -> !async.value<i64> {
  %r = arith.muli %n, %n : i64
  async.return %r : i64
}

async.func @mixed(%ctx: !llvm.ptr, %x: f64 {py.name = "x", py.type = "float"},
                  %b: i1 {py.name = "b", py.type = "bool"},
                  %s: !llvm.ptr {py.name = "s", py.type = "str"}) -> !async.value<f64> {
  async.return %x : f64
}

async.func @head(%ctx: !llvm.ptr, %xs: !llvm.ptr {py.name = "xs", py.type = "list[int]"}) -> !async.value<i64> {
  %c0 = arith.constant 0 : i64
  async.return %c0 : i64
}

// CHECK-LABEL: async.func @nothing
// A None result: the reply has no value.
// CHECK: "actor.reply"(%{{.*}}) : (!llvm.ptr) -> ()
// CHECK-NEXT: return
async.func @nothing(%ctx: !llvm.ptr) -> !async.token {
  async.return
}

// CHECK-LABEL: async.func @direct
// An awaited call with an int argument becomes spawn (eager) + receive; the result flows on.
// CHECK: %[[REF:.*]] = "actor.spawn"(%[[CTX:[^,]*]], %{{.*}}) {callee = @square, start = "eager"} : (!llvm.ptr, i64) -> !actor.ref
// CHECK-NEXT: %[[V:.*]] = "actor.receive"(%[[CTX]], %[[REF]]) : (!llvm.ptr, !actor.ref) -> i64
// CHECK-NOT: call @square
// CHECK: "actor.reply"(%[[CTX]], %[[V]])
async.func @direct(%ctx: !llvm.ptr, %n: i64 {py.name = "n", py.type = "int"}) -> !async.value<i64> {
  %c = async.call @square(%ctx, %n) : (!llvm.ptr, i64) -> !async.value<i64>
  %v = async.await %c : !async.value<i64>
  async.return %v : i64
}

// CHECK-LABEL: async.func @words
// float, bool and str arguments travel as i64 message words.
// CHECK: %[[XW:.*]] = arith.bitcast %{{.*}} : f64 to i64
// CHECK: %[[BW:.*]] = arith.extui %{{.*}} : i1 to i64
// CHECK: %[[SW:.*]] = llvm.ptrtoint %{{.*}} : !llvm.ptr to i64
// CHECK: "actor.spawn"(%{{.*}}, %[[XW]], %[[BW]], %[[SW]]) {callee = @mixed, start = "eager"} : (!llvm.ptr, i64, i64, i64) -> !actor.ref
// CHECK: "actor.receive"{{.*}} -> f64
async.func @words(%ctx: !llvm.ptr, %x: f64, %b: i1, %s: !llvm.ptr) -> !async.token {
  %c = async.call @mixed(%ctx, %x, %b, %s) : (!llvm.ptr, f64, i1, !llvm.ptr) -> !async.value<f64>
  %v = async.await %c : !async.value<f64>
  async.return
}

// CHECK-LABEL: async.func @mutable
// A list argument: the callee could mutate an object the caller still sees, so the call stays
// inline and a remark says so.
// REMARK: aithon-async-to-actor.mlir:[[@LINE+4]]:8: remark: call to @head stays in the caller's actor (not spawned): argument 'xs' (list[int]) may be a mutable object the caller still sees
// CHECK: %[[C:.*]] = call @head
// CHECK-NEXT: await %[[C]]
async.func @mutable(%ctx: !llvm.ptr, %xs: !llvm.ptr) -> !async.token {
  %c = async.call @head(%ctx, %xs) : (!llvm.ptr, !llvm.ptr) -> !async.value<i64>
  %v = async.await %c : !async.value<i64>
  async.return
}

// CHECK-LABEL: async.func @none_result
// Awaiting a None coroutine: a receive without result.
// CHECK: %[[R:.*]] = "actor.spawn"(%{{.*}}) {callee = @nothing, start = "eager"} : (!llvm.ptr) -> !actor.ref
// CHECK-NEXT: "actor.receive"(%{{.*}}, %[[R]]) : (!llvm.ptr, !actor.ref) -> ()
async.func @none_result(%ctx: !llvm.ptr) -> !async.token {
  %c = async.call @nothing(%ctx) : (!llvm.ptr) -> !async.token
  async.await %c : !async.token
  async.return
}

// CHECK-LABEL: async.func @task
// A task (create_task / gather argument) is marked actor.task; its inner await is a spawn too.
// CHECK: execute
// CHECK-SAME: attributes {actor.task, py.task}
// CHECK: "actor.spawn"{{.*}}callee = @square
// CHECK: "actor.receive"
// CHECK: yield
async.func @task(%ctx: !llvm.ptr, %n: i64) -> !async.value<i64> {
  %t, %tv = async.execute -> !async.value<i64> attributes {py.task} {
    %c = async.call @square(%ctx, %n) : (!llvm.ptr, i64) -> !async.value<i64>
    %r = async.await %c : !async.value<i64>
    async.yield %r : i64
  }
  %v = async.await %tv : !async.value<i64>
  async.return %v : i64
}

// A callee that reaches module state (the front end's `py.shared` says how) stays in the caller's
// actor even with immutable arguments; a spawn is reported too.
// REMARK: aithon-async-to-actor.mlir:[[@LINE+9]]:8: remark: call to @counts stays in the caller's actor (not spawned): it assigns module variable 'n' (line 3)
// REMARK: aithon-async-to-actor.mlir:[[@LINE+9]]:8: remark: call to @square is spawned as an actor: its arguments are immutable and it shares no module state
// CHECK-LABEL: async.func @uses_shared
// CHECK: call @counts
// CHECK: "actor.spawn"{{.*}}callee = @square
async.func @counts(%ctx: !llvm.ptr, %x: i64 {py.name = "x", py.type = "int"}) -> !async.value<i64> attributes {py.shared = "it assigns module variable 'n' (line 3)"} {
  async.return %x : i64
}
async.func @uses_shared(%ctx: !llvm.ptr, %n: i64) -> !async.token {
  %c = async.call @counts(%ctx, %n) : (!llvm.ptr, i64) -> !async.value<i64>
  %s = async.call @square(%ctx, %n) : (!llvm.ptr, i64) -> !async.value<i64>
  %v = async.await %c : !async.value<i64>
  %w = async.await %s : !async.value<i64>
  async.return
}

// CHECK-LABEL: func.func @__aithon_module_init
// asyncio.run hands the coroutine to the runtime: not a direct await, left alone.
// CHECK: async.call @nothing
// CHECK-NOT: actor.spawn
func.func private @ai_asyncio_run_token(!llvm.ptr, !async.token)
func.func @__aithon_module_init(%ctx: !llvm.ptr) {
  %t = async.call @nothing(%ctx) : (!llvm.ptr) -> !async.token
  func.call @ai_asyncio_run_token(%ctx, %t) : (!llvm.ptr, !async.token) -> ()
  return
}

// Running the pass twice adds no second reply.
// TWICE-LABEL: async.func @square
// TWICE: "actor.reply"
// TWICE-NOT: "actor.reply"
// TWICE: return
