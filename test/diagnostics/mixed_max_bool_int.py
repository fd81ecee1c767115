# ERROR: 7:11: error: max() of bool and int values is not supported (the result is one of the arguments
import asyncio


async def main():
    flag, n = True, 0
    print(max(flag, n))


asyncio.run(main())
