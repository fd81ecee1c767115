# ERROR: 6:11: error: int ** negative int (a float result) is not supported
import asyncio


async def main():
    print(2 ** -1)


asyncio.run(main())
