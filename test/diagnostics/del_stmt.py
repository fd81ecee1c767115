# ERROR: 7:5: error: del statement is not supported
import asyncio


async def main():
    x = 1
    del x
    print("gone")


asyncio.run(main())
