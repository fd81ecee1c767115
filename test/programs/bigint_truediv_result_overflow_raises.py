# int / int whose exact quotient lies beyond the float range: "integer division result too large for a float".
import asyncio


async def q(a, b):
    await asyncio.sleep(0)
    return a / b


async def main():
    print(await q(2 ** 1100, 2 ** 80), await q(2 ** 1024 - 2 ** 970 - 1, 1))
    print(await q(10 ** 600, 10 ** 300))
    print(await q(2 ** 1024 - 2 ** 970, 1))


asyncio.run(main())
