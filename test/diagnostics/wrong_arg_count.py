# ERROR: 10:17: error: add() missing required argument 'b'
import asyncio


async def add(a, b):
    return a + b


async def main():
    print(await add(1))


asyncio.run(main())
