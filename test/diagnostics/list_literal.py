# ERROR: 6:10: error: list literal is not supported
import asyncio


async def main():
    xs = [1, 2, 3]
    print(xs)


asyncio.run(main())
