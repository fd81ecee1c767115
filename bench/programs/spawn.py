"""Spawn + join: 1,000,000 tasks gathered at once, each returning at its first step."""
# bench: ops=1000000 unit=spawn+join
import asyncio

N = 1000000


async def leaf(i):
    return i % 3


async def main():
    rs = await asyncio.gather(*[leaf(i) for i in range(N)])
    s = 0
    for r in rs:
        s += r
    print(N, "tasks joined, checksum", s)


asyncio.run(main())
