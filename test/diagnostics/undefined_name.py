# ERROR: 6:11: error: call of 'compute' is not supported
import asyncio


async def main():
    print(compute(3))


asyncio.run(main())
