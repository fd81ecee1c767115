# ERROR: 6:12: error: set literal is not supported
import asyncio


async def main():
    seen = {1, 2, 3}
    print(seen)


asyncio.run(main())
