# ERROR: 6:5: error: yield is not supported
import asyncio


def gen():
    yield 1


async def main():
    print("x")


asyncio.run(main())
