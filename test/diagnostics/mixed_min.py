# ERROR: 7:11: error: min() of float and int values is not supported (the result is one of the arguments
import asyncio


async def main():
    n, x = 1, 2.5
    print(min(n, x))


asyncio.run(main())
