# Gathers of gathers: each level spawns children that spawn their own children.
import asyncio


async def leaf(i):
    await asyncio.sleep(0)
    return i + 1


async def branch(i):
    a, b = await asyncio.gather(leaf(i), leaf(i * 10))
    print("branch", i, a, b)
    return a + b


async def main():
    outer = await asyncio.gather(*[branch(i) for i in range(4)])
    print(outer)
    x, y = await asyncio.gather(branch(100), branch(200))
    print(x + y)


asyncio.run(main())
