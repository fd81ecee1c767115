# ERROR: 7:9: error: raise statement is not supported
import asyncio


async def check(n):
    if n < 0:
        raise ValueError("negative")
    return n


async def main():
    print(await check(3))


asyncio.run(main())
