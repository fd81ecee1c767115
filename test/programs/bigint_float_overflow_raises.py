# float() of an int beyond the float range raises OverflowError "int too large to convert to float".
import asyncio


async def as_float(n):
    await asyncio.sleep(0)
    return float(n)


async def main():
    print(await as_float(10 ** 300), await as_float(2 ** 1023), await as_float(-(10 ** 308)))
    print(await as_float(2 ** 1024 - 2 ** 970 - 1))
    print(await as_float(10 ** 400))


asyncio.run(main())
