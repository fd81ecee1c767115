# ERROR: 6:11: error: float() of str is not supported
import asyncio


async def main():
    inf = float("inf")
    print(inf)


asyncio.run(main())
