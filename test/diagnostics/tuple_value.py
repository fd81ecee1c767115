# ERROR: 6:13: error: tuple is not supported
import asyncio


async def main():
    point = (3, 4)
    print(point)


asyncio.run(main())
