# ERROR: 6:5: error: async for is not supported
import asyncio


async def main():
    async for x in source():
        print(x)


asyncio.run(main())
