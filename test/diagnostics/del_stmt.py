# ERROR: 7:9: error: del of this target is not supported
import asyncio


async def main():
    x = 1
    del x
    print("gone")


asyncio.run(main())
