# A recursion with no useful limit: CPython stops it with RecursionError (never a crash), both as
# plain calls and as an await chain far below the native stack's size.
import asyncio


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


async def adown(n):
    if n == 0:
        return down(1000000)
    return await adown(n - 1) + 1


async def main():
    print("start")
    print(await adown(1000000))


asyncio.run(main())
