# Tasks and gathers mixed: a task created before a gather runs interleaved with its children.
import asyncio


async def step(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return n


async def main():
    t = asyncio.create_task(step("task", 3))
    r = await asyncio.gather(step("g1", 2), step("g2", 1))
    print("gather", r)
    print("task", await t)
    a, b = await asyncio.gather(step("h1", 1), step("h2", 3))
    print(a + b)


asyncio.run(main())
