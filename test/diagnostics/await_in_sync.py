# ERROR: 14:11: error: awaiting the result of sync function 'helper' is not supported
import asyncio


async def one():
    return 1


def helper():
    return one()


async def main():
    print(await helper())


asyncio.run(main())
