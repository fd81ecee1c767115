# ERROR: 6:11: error: attribute access is not supported
import asyncio


async def main():
    print("abc".upper())


asyncio.run(main())
