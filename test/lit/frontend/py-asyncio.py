# RUN: aithon compile %s --emit=py | FileCheck %s
# asyncio in the py front end: upstream async ops (so aithon-async-to-actor applies), py.sleep,
# py.run, and the recursion-level bookkeeping as py ops.
import asyncio


# CHECK-LABEL: func.func @__aithon_module_init(
# CHECK: "py.frame_restore"(%{{.*}}) : (i64) -> ()
# CHECK: %[[CO:.*]] = async.call @py.main(%arg0) : (!llvm.ptr) -> !async.token
# CHECK: "py.run"(%[[CO]]) : (!async.token) -> ()


# CHECK-LABEL: async.func @py.fetch(
# CHECK-SAME: -> !async.value<!py.int>
# CHECK: %[[LVL:.*]] = "py.frame_enter"() : () -> i64
# CHECK: %[[D:.*]] = "py.constant"() {value = 0.000000e+00 : f64} : () -> !py.float
# CHECK: %[[T:.*]] = "py.sleep"(%[[D]]) : (!py.float) -> !async.token
# CHECK: {{(async.)?}}await %[[T]] : !async.token
# CHECK: "py.frame_restore"(%[[LVL]]) : (i64) -> ()
async def fetch(uid):
    await asyncio.sleep(0)
    return 1000 + uid * 7


# gather: one async.execute per child (a Task), a group, await_all, then the results as a list.
# CHECK-LABEL: async.func @py.main(
# CHECK: "py.depth_need"() {checks = "FFFFFFFFF"} : () -> ()
# CHECK: {{(async.)?}}execute -> !async.value<!py.int> attributes {py.task}
# CHECK: async.call @py.fetch(
# CHECK: create_group
# CHECK: await_all
# CHECK: "py.build"(%{{.*}}, %{{.*}}) {kind = "list"} : (!py.obj, !py.obj) -> !py.list
# CHECK: "py.print"
async def main():
    rs = await asyncio.gather(fetch(1), fetch(2))
    print(rs, await fetch(3))


asyncio.run(main())
