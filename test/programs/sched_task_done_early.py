# Awaiting tasks that finished long ago, tasks awaited out of creation order, a task awaited twice.
import asyncio


async def work(name, steps):
    for i in range(steps):
        await asyncio.sleep(0)
    print("finished", name)
    return steps * 10


async def main():
    t1 = asyncio.create_task(work("t1", 1))
    t2 = asyncio.create_task(work("t2", 3))
    t3 = asyncio.create_task(work("t3", 0))
    for i in range(5):
        print("main loop", i)
        await asyncio.sleep(0)
    print("t3 =", await t3)
    print("t1 =", await t1)
    print("t2 =", await t2)
    print("t2 again =", await t2)
    total = await t1 + await t2 + await t3
    print("total", total)


asyncio.run(main())
