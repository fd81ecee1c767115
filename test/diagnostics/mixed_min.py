# ERROR: 6:11: error: min() of float, int is not supported (mixed int/float results depend on the values)
import asyncio


async def main():
    print(min(1, 2.5))


asyncio.run(main())
