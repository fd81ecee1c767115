"""Stress: deep await chains — 900 nested awaits (below CPython's recursion limit with asyncio's
frames), repeated 300 times, each level spawning a child actor; and 20,000 chains of 40 levels
gathered at once."""
import asyncio


async def down(n):
    if n == 0:
        return 1
    return 1 + await down(n - 1)


async def main():
    s = 0
    for i in range(300):
        s += await down(900)
    print("deep", s)
    rs = await asyncio.gather(*[down(40) for _ in range(20000)])
    t = 0
    for r in rs:
        t += r
    print("wide", t)


asyncio.run(main())
