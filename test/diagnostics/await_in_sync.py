# ERROR: 10:12: error: a coroutine that is not awaited is not supported
import asyncio


async def one():
    return 1


def helper():
    return one()


async def main():
    print(await helper())


asyncio.run(main())
