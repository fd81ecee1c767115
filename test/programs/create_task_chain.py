# Tasks that create and await their own tasks, several levels deep, interleaved with a ticker.
import asyncio


async def level(depth, name):
    print("enter", name, depth)
    if depth == 0:
        await asyncio.sleep(0)
        print("leaf", name)
        return 1
    t = asyncio.create_task(level(depth - 1, name + "L"))
    u = asyncio.create_task(level(depth - 1, name + "R"))
    await asyncio.sleep(0)
    left = await t
    right = await u
    print("exit", name, left + right)
    return left + right


async def ticker():
    for i in range(8):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    n = await level(3, "r")
    print("leaves", n)
    await tick


asyncio.run(main())
