# RUN: aithon compile %s --emit=python-ir | FileCheck %s
# async/await in python-ir keeps CPython's meaning visible:
#   await coro()        -> async.call + async.await      (runs inline in the awaiting task)
#   Task / gather arg   -> async.execute {py.task}       (started later, FIFO)
import asyncio


# The module body drives main through the runtime; a failure there leaves with exit status 1.
# CHECK-LABEL: func.func @__aithon_module_init(
# CHECK: %[[M:.*]] = async.call @py.main(%arg0)
# CHECK: call @ai_asyncio_run_token(%arg0, %[[M]])
# CHECK: call @ai_exc_pending


# create_task then await: the task's token is awaited before its value (Task wake-up order).
# CHECK-LABEL: async.func @py.main(
# CHECK: %[[TT:.*]], %[[TV:.*]] = execute -> !async.value<i64> attributes {py.task}
# CHECK: async.call @py.pair(
# CHECK: call @ai_write_cstr
# CHECK: await %[[TT]] : !async.token
# CHECK: await %[[TV]] : !async.value<i64>
async def main():
    t = asyncio.create_task(pair(1))
    print("created")
    r = await t
    await pause(r)
    print(await many(3))


# gather(a(), b()): every task is created before the group is awaited, then values in order.
# CHECK-LABEL: async.func @py.pair(
# CHECK: %[[T1:.*]], %[[V1:.*]] = execute -> !async.value<i64> attributes {py.task}
# CHECK: async.call @py.double(
# CHECK: %[[T2:.*]], %[[V2:.*]] = execute -> !async.value<i64> attributes {py.task}
# CHECK: %[[G:.*]] = create_group
# CHECK: add_to_group %[[T1]], %[[G]]
# CHECK: add_to_group %[[T2]], %[[G]]
# CHECK: await_all %[[G]]
# CHECK: await %[[V1]]
# CHECK: await %[[V2]]
async def pair(n):
    a, b = await asyncio.gather(double(n), double(n + 1))
    return a + b


# gather(*[f(i) for i in range(n)]): a loop of tasks that each store their result into a list.
# CHECK-LABEL: async.func @py.many(
# CHECK: call @ai_list_new(
# CHECK: create_group
# CHECK: execute attributes {py.task}
# CHECK: call @ai_list_set(
# CHECK: await_all
async def many(n):
    xs = await asyncio.gather(*[double(i) for i in range(n)])
    return len(xs)


# An async def is an async.func returning !async.value<T>; a direct await is call + await.
# CHECK-LABEL: async.func @py.double(
# CHECK-SAME: -> !async.value<i64>
# CHECK: return %{{.*}} : i64
async def double(x):
    await asyncio.sleep(0)
    return 2 * x


# asyncio.sleep() is a runtime token that is awaited.
# CHECK-LABEL: async.func @py.pause(
# CHECK-SAME: -> !async.token
# CHECK: %[[T:.*]] = {{.*}}call @ai_sleep(%arg0, %{{.*}}) : (!llvm.ptr, f64) -> !async.token
# CHECK: await %[[T]] : !async.token
async def pause(n):
    await asyncio.sleep(0)
    print("paused", n)


if __name__ == "__main__":
    asyncio.run(main())
