# A huge int divided by a float converts the int first: 10**400 / 1.0 raises OverflowError.
import asyncio


async def scale(n, f):
    await asyncio.sleep(0)
    return n / f


async def main():
    print(await scale(10 ** 300, 2.0), await scale(2 ** 1000, 0.5), await scale(-(10 ** 200), 1e100))
    print(10 ** 400 / 10 ** 399, 10 ** 400 > 1.0)
    print(await scale(10 ** 400, 1.0))


asyncio.run(main())
