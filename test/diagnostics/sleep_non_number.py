# ERROR: 6:11: error: asyncio.sleep() of a non-number is not supported
import asyncio


async def main():
    await asyncio.sleep("1")
    print("slept")


asyncio.run(main())
