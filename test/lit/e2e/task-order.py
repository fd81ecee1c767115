# RUN: aithon run %s | FileCheck %s --match-full-lines
# Output order follows asyncio's FIFO event loop exactly: tasks start when the creator yields,
# sleep(0) moves a task to the back of the queue, an awaited coroutine runs inline.
import asyncio


async def worker(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    return steps


async def inline(tag):
    print(f"inline {tag}")
    return 1


async def main():
    t = asyncio.create_task(worker("t", 2))
    print("main before")
    await inline("a")
    print("main after inline")
    await asyncio.sleep(0)
    print("main after sleep")
    n = await asyncio.gather(worker("x", 2), worker("y", 1))
    print(n, await t)


# CHECK:      main before
# CHECK-NEXT: inline a
# CHECK-NEXT: main after inline
# CHECK-NEXT: t step 0
# CHECK-NEXT: main after sleep
# CHECK-NEXT: t step 1
# CHECK-NEXT: x step 0
# CHECK-NEXT: y step 0
# CHECK-NEXT: x step 1
# CHECK-NEXT: [2, 1] 2
asyncio.run(main())
