# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# Recursion depth is counted as CPython 3.11 counts it (runtime/src/actor/depth.c): every user
# function takes a level on entry (RecursionError beyond 1000), puts it back after each call of a
# user function and each await, and operations that CPython runs through nested C-level checks
# (print, str(), format, gather, create_task, sleep) check the levels they need first.
import asyncio


# CHECK-LABEL: func.func @__aithon_module_init(
# The module body is frame 1; main starts under asyncio's loop frames (9) and the body gets its
# level back after the loop (once main's exception, if any, has been checked for).
# CHECK: %[[ONE:.*]] = arith.constant 1 : i64
# CHECK: %[[NINE:.*]] = arith.constant 9 : i64
# CHECK-NEXT: call @ai_depth_set(%[[NINE]]) : (i64) -> ()
# CHECK-NEXT: async.call @py.main(%arg0)
# CHECK-NEXT: call @ai_asyncio_run_token
# CHECK-NEXT: %[[E:.*]] = call @ai_exc_pending(%arg0)
# CHECK-NEXT: cf.cond_br %[[E]], ^[[RAISE:.*]], ^[[OK:.*]]
# CHECK: ^[[OK]]:
# CHECK-NEXT: call @ai_depth_set(%[[ONE]]) : (i64) -> ()


# A sync frame: entry check, then the level back after the recursive call.
# CHECK-LABEL: func.func @py.depth(
# CHECK: %[[L:.*]] = call @ai_depth_enter(%arg0) : (!llvm.ptr) -> i64
# CHECK-NEXT: %[[P:.*]] = call @ai_exc_pending(%arg0)
# CHECK-NEXT: cf.cond_br %[[P]]
# CHECK: call @py.depth(
# CHECK-NEXT: call @ai_depth_set(%[[L]]) : (i64) -> ()
def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


# An async frame: the level goes back after every await; print needs two levels
# (`while calling a Python object`: codes 0, 0), str() of an int one (`while getting the str`: 1),
# sleep's own frames are checked by ai_sleep.
# CHECK-LABEL: async.func @py.chain(
# CHECK: %[[AL:.*]] = func.call @ai_depth_enter(%arg0)
# CHECK: %[[N1:.*]] = arith.constant 1 : i32
# CHECK-NEXT: %[[C1:.*]] = arith.constant 1 : i64
# CHECK-NEXT: func.call @ai_depth_need(%arg0, %[[N1]], %[[C1]]) : (!llvm.ptr, i32, i64) -> ()
# CHECK: func.call @ai_str_from_i64
# CHECK: %[[N2:.*]] = arith.constant 2 : i32
# CHECK-NEXT: %[[C2:.*]] = arith.constant 0 : i64
# CHECK-NEXT: func.call @ai_depth_need(%arg0, %[[N2]], %[[C2]])
# CHECK: func.call @ai_write_str
# CHECK: func.call @ai_sleep(
# CHECK: await
# CHECK-NEXT: func.call @ai_depth_set(%[[AL]])
# CHECK: call @py.chain(
# CHECK-NEXT: await
# CHECK-NEXT: func.call @ai_depth_set(%[[AL]])
async def chain(n):
    print(str(n))
    await asyncio.sleep(0)
    if n > 0:
        await chain(n - 1)


async def main():
    await chain(depth(3))


asyncio.run(main())
