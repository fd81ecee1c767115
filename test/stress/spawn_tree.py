"""Stress: a random spawn tree of about 20,000 tasks (a fixed-seed LCG decides each node's fan-out
and whether it gathers, creates tasks, yields or computes a pure CPU step), printing a line per
subtree root near the top. Checked against CPython with 1, 2 and 8 workers."""
import asyncio


def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648


async def pure(seed, n):
    x = seed
    s = 0
    for i in range(n):
        x = lcg(x)
        s += x % 11
    return s


async def pair(x, depth):
    t = asyncio.create_task(node(x, depth - 1))
    u = asyncio.create_task(node(x + 1, depth - 1))
    await asyncio.sleep(0)
    a = await u
    b = await t
    return a + b


async def node(seed, depth):
    x = lcg(seed)
    if depth == 0:
        if x % 3 == 0:
            await asyncio.sleep(0)
        return x % 100
    fan = 1 + x % 5
    total = 0
    if x % 4 == 0:
        total += await pair(x, depth)
    else:
        rs = await asyncio.gather(*[node(x + 7 * i, depth - 1) for i in range(fan)])
        for r in rs:
            total += r
    if x % 7 == 0:
        total += await pure(x, 50)
    if depth >= 8:
        print("subtree", depth, seed % 1000, total)
    return total


async def main():
    a, b = await asyncio.gather(node(1, 9), pure(3, 100000))
    print("tree", a, "pure", b)


asyncio.run(main())
