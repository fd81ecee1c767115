# RUN: aithon compile %s --emit=py | FileCheck %s
# RUN: aithon compile %s --emit=python-ir | FileCheck %s --check-prefix=IR
# RUN: not aithon run %S/Inputs/recursion-limit.py 2>&1 | FileCheck %s --check-prefix=LIMIT
# Recursion depth is counted as CPython 3.11 counts it (runtime/src/actor/depth.c): every user
# function takes a level on entry (RecursionError beyond 1000), puts it back after each call of a
# user function and each await, and operations that CPython runs through nested C-level checks
# (print, str(), format, gather, create_task, sleep) check the levels they need first. The front
# end decides where (py.frame_enter / py.frame_restore / py.depth_need); the lowering turns them into
# ai_depth_enter / ai_depth_set / ai_depth_need.
import asyncio

# The limit falls where CPython's does: depth(998) returns, depth(999) raises RecursionError.
# LIMIT: 998
# LIMIT-NOT: 999
# LIMIT: RecursionError: maximum recursion depth exceeded


# The module body is frame 1; main starts under asyncio's loop frames (9) and the body gets its
# level back after the loop (once main's exception, if any, has been checked for).
# CHECK-LABEL: func.func @__aithon_module_init(
# CHECK: %[[NINE:.*]] = arith.constant 9 : i64
# CHECK-NEXT: "py.frame_restore"(%[[NINE]]) : (i64) -> ()
# CHECK-NEXT: %[[M:.*]] = async.call @py.main(%arg0)
# CHECK-NEXT: "py.run"(%[[M]])
# CHECK-NEXT: %[[ONE:.*]] = arith.constant 1 : i64
# CHECK-NEXT: "py.frame_restore"(%[[ONE]]) : (i64) -> ()
# IR-LABEL: func.func @__aithon_module_init(
# IR: %[[NINE:.*]] = arith.constant 9 : i64
# IR-NEXT: call @ai_depth_set(%[[NINE]]) : (i64) -> ()
# IR-NEXT: async.call @py.main(%arg0)
# IR-NEXT: call @ai_asyncio_run_token
# IR-NEXT: %[[E:.*]] = call @ai_exc_pending(%arg0)
# IR-NEXT: cf.cond_br %[[E]], ^[[RAISE:.*]], ^[[OK:.*]]
# IR: ^[[OK]]:
# IR-NEXT: %[[ONE2:.*]] = arith.constant 1 : i64
# IR-NEXT: call @ai_depth_set(%[[ONE2]]) : (i64) -> ()


# A sync frame: entry takes the level, the recursive call is followed by restoring it; nothing in
# this function needs a C-level check.
# CHECK-LABEL: func.func @py.depth(
# CHECK: %[[L:.*]] = "py.frame_enter"() : () -> i64
# CHECK-NOT: "py.depth_need"
# CHECK: call @py.depth(
# CHECK-NEXT: "py.frame_restore"(%[[L]]) : (i64) -> ()
# CHECK-NOT: "py.depth_need"
# CHECK: return
# Lowered: the entry check may raise RecursionError, so a pending-exception check follows it.
# IR-LABEL: func.func @py.depth(
# IR: %[[L:.*]] = call @ai_depth_enter(%arg0) : (!llvm.ptr) -> i64
# IR-NEXT: %[[P:.*]] = call @ai_exc_pending(%arg0)
# IR-NEXT: cf.cond_br %[[P]]
# IR: call @py.depth(
# IR: call @ai_depth_set(%[[L]]) : (i64) -> ()
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


# An async frame: the level goes back after every await; str() of an int needs one level
# (`while getting the str`: S), print two (`while calling a Python object`: C, C); sleep's own
# frames are checked by the runtime.
# CHECK-LABEL: async.func @py.chain(
# CHECK: %[[AL:.*]] = "py.frame_enter"() : () -> i64
# CHECK: "py.depth_need"() {checks = "S"} : () -> ()
# CHECK-NEXT: "py.format"(%{{.*}}) {conv = "s"}
# CHECK: "py.depth_need"() {checks = "CC"} : () -> ()
# CHECK: "py.print"
# CHECK: %[[T:.*]] = "py.sleep"
# CHECK-NEXT: await %[[T]]
# CHECK-NEXT: "py.frame_restore"(%[[AL]]) : (i64) -> ()
# CHECK: call @py.chain(
# CHECK-NEXT: await
# CHECK-NEXT: "py.frame_restore"(%[[AL]]) : (i64) -> ()
# Lowered: one ai_depth_need per py.depth_need with the number of checks and their codes.
# IR-LABEL: async.func @py.chain(
# IR: %[[AL:.*]] = func.call @ai_depth_enter(%arg0)
# IR: %[[N1:.*]] = arith.constant 1 : i32
# IR-NEXT: %[[C1:.*]] = arith.constant 1 : i64
# IR-NEXT: func.call @ai_depth_need(%arg0, %[[N1]], %[[C1]]) : (!llvm.ptr, i32, i64) -> ()
# IR: func.call @ai_int_str
# IR: %[[N2:.*]] = arith.constant 2 : i32
# IR-NEXT: %[[C2:.*]] = arith.constant 0 : i64
# IR-NEXT: func.call @ai_depth_need(%arg0, %[[N2]], %[[C2]])
# IR: func.call @ai_write_str
# IR: func.call @ai_sleep(
# IR: await
# IR-NEXT: func.call @ai_depth_set(%[[AL]])
# IR: call @py.chain(
# IR-NEXT: await
# IR-NEXT: func.call @ai_depth_set(%[[AL]])
async def chain(n):
    print(str(n))
    await asyncio.sleep(0)
    if n > 0:
        await chain(n - 1)


# A call and an await in main each restore main's level.
# CHECK-LABEL: async.func @py.main(
# CHECK: %[[ML:.*]] = "py.frame_enter"() : () -> i64
# CHECK: func.call @py.depth(
# CHECK-NEXT: "py.frame_restore"(%[[ML]])
# CHECK: call @py.chain(
# CHECK-NEXT: await
# CHECK-NEXT: "py.frame_restore"(%[[ML]])
async def main():
    await chain(depth(3))


asyncio.run(main())
