"""pyperformance's async_tree (no I/O): a tree of gathers, 6 levels of 6 branches (55,987 coroutines),
each leaf yielding once."""
# bench: ops=55987 unit=coroutine
import asyncio

LEVELS = 6
BRANCHES = 6


async def recurse(level):
    if level == 0:
        await asyncio.sleep(0)
        return 1
    rs = await asyncio.gather(*[recurse(level - 1) for _ in range(BRANCHES)])
    n = 1
    for r in rs:
        n += r
    return n


async def main():
    print("coroutines:", await recurse(LEVELS))


asyncio.run(main())
