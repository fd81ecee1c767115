# ERROR: 6:9: error: lambda is not supported
import asyncio


async def main():
    f = lambda x: x + 1
    print(f(1))


asyncio.run(main())
