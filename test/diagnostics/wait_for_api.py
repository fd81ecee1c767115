# ERROR: 11:17: error: asyncio.wait_for() here is not supported
import asyncio


async def slow():
    await asyncio.sleep(0)
    return 1


async def main():
    print(await asyncio.wait_for(slow(), 1.0))


asyncio.run(main())
