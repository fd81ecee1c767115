# ERROR: 9:2: error: decorators are not supported
import asyncio


def traced(fn):
    return fn


@traced
async def work():
    return 1


async def main():
    print(await work())


asyncio.run(main())
