# ERROR: 7:5: error: async with statement is not supported
import asyncio


async def main():
    lock = 1
    async with lock:
        print("locked")


asyncio.run(main())
