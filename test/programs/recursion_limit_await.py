# An await chain one coroutine deeper than CPython 3.11 allows, inside a created task.
import asyncio


async def adown(n):
    if n == 0:
        return 0
    return await adown(n - 1) + 1


async def main():
    t = asyncio.create_task(adown(990))
    print("deepest task chain", await t)
    print("deepest main chain", await adown(989))
    u = asyncio.create_task(adown(991))
    print("one more", await u)


asyncio.run(main())
