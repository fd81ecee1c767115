# Gather children that create their own tasks and gather again; a ticker shows every loop iteration.
import asyncio


async def leaf(name):
    print("leaf", name)
    await asyncio.sleep(0)
    return len(name)


async def node(name):
    t = asyncio.create_task(leaf(name + ".t"))
    x, y = await asyncio.gather(leaf(name + ".a"), leaf(name + ".bb"))
    z = await t
    print("node", name, x, y, z)
    return x + y + z


async def ticker():
    for i in range(10):
        print("-- tick", i)
        await asyncio.sleep(0)


async def main():
    tick = asyncio.create_task(ticker())
    r = await asyncio.gather(node("p"), node("qq"))
    print("result", r)
    await tick


asyncio.run(main())
