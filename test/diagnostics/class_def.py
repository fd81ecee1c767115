# ERROR: 5:1: error: class definition is not supported
import asyncio


class Account:
    pass


async def main():
    print("hi")


asyncio.run(main())
