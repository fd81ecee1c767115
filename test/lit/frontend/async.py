# RUN: aithon compile %s --emit=py | FileCheck %s
# RUN: aithon compile %s --emit=python-ir | FileCheck %s --check-prefix=IR
# RUN: aithon run %s | FileCheck %s --check-prefix=OUT
# async/await keeps CPython's meaning visible from the py stage on:
#   await coro()        -> async.call + async.await      (runs inline in the awaiting task)
#   Task / gather arg   -> async.execute {py.task}       (started later, FIFO)
import asyncio


# The module body drives main through py.run; lowered, through the runtime, and a failure there
# leaves with exit status 1.
# CHECK-LABEL: func.func @__aithon_module_init(
# CHECK: %[[M:.*]] = async.call @py.main(%arg0) : (!llvm.ptr) -> !async.token
# CHECK: "py.run"(%[[M]]) : (!async.token) -> ()
# IR-LABEL: func.func @__aithon_module_init(
# IR: %[[M:.*]] = async.call @py.main(%arg0) : (!llvm.ptr) -> !async.token
# IR: call @ai_asyncio_run_token(%arg0, %[[M]])
# IR: call @ai_exc_pending


# create_task then await: the task's token is awaited before its value (Task wake-up order), and
# the task body runs only after "created" is printed.
# CHECK-LABEL: async.func @py.main(
# CHECK: %[[TT:.*]], %[[TV:.*]] = execute -> !async.value<!py.int> attributes {py.task}
# CHECK: async.call @py.pair(
# CHECK: "py.print"
# CHECK: await %[[TT]] : !async.token
# CHECK: await %[[TV]] : !async.value<!py.int>
async def main():
    t = asyncio.create_task(pair(1))
    print("created")
    r = await t
    await pause(r)
    print(await many(3))


# gather(a(), b()): every task is created before the group is awaited, then values in order.
# CHECK-LABEL: async.func @py.pair(
# CHECK: %[[T1:.*]], %[[V1:.*]] = execute -> !async.value<!py.int> attributes {py.task}
# CHECK: async.call @py.double(
# CHECK: %[[T2:.*]], %[[V2:.*]] = execute -> !async.value<!py.int> attributes {py.task}
# CHECK: %[[G:.*]] = create_group
# CHECK-NOT: await
# CHECK: add_to_group %[[T1]], %[[G]]
# CHECK: add_to_group %[[T2]], %[[G]]
# CHECK: await_all %[[G]]
# CHECK: await %[[V1]]
# CHECK: await %[[V2]]
async def pair(n):
    a, b = await asyncio.gather(double(n), double(n + 1))
    return a + b


# gather(*[f(i) for i in range(n)]): a loop of tasks that each store their result into a list
# (`fill`: a slot of the new list, in range by construction, stored without a check).
# CHECK-LABEL: async.func @py.many(
# CHECK: %[[L:.*]] = "py.new_list"(%{{.*}}) : (!py.int) -> !py.list
# CHECK: %[[G:.*]] = create_group
# CHECK: execute -> !async.value<!py.int> attributes {py.task}
# CHECK: "py.setitem"(%[[L]], %{{.*}}, %{{.*}}) {fill} : (!py.list, !py.int, !py.obj) -> ()
# CHECK: add_to_group %{{.*}}, %[[G]]
# CHECK: await_all %[[G]]
# Lowered, the list and its stores are runtime calls.
# IR-LABEL: async.func @py.many(
# IR: %[[L:.*]] = func.call @ai_list_new(
# IR: execute -> !async.value<i64> attributes {py.task}
# IR: func.call @ai_list_set(%[[L]],
# IR-NOT: ai_list_store
# IR: await_all
async def many(n):
    xs = await asyncio.gather(*[double(i) for i in range(n)])
    return len(xs)


# An async def is an async.func returning !async.value<T>; a direct await is call + await.
# CHECK-LABEL: async.func @py.double(
# CHECK-SAME: -> !async.value<!py.int>
# CHECK-NOT: execute
# CHECK: return %{{.*}} : !py.int
async def double(x):
    await asyncio.sleep(0)
    return 2 * x


# asyncio.sleep() is a token that is awaited: py.sleep, lowered to a runtime call.
# CHECK-LABEL: async.func @py.pause(
# CHECK-SAME: -> !async.token
# CHECK: %[[T:.*]] = "py.sleep"(%{{.*}}) : (!py.float) -> !async.token
# CHECK: await %[[T]] : !async.token
# IR-LABEL: async.func @py.pause(
# IR: %[[T:.*]] = {{.*}}call @ai_sleep(%arg0, %{{.*}}) : (!llvm.ptr, f64) -> !async.token
# IR: await %[[T]] : !async.token
async def pause(n):
    await asyncio.sleep(0)
    print("paused", n)


# CPython's order: the task starts only at the first await; pair(1) = 2*1 + 2*2.
# OUT: created
# OUT-NEXT: paused 6
# OUT-NEXT: 3
if __name__ == "__main__":
    asyncio.run(main())
