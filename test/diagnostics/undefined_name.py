# ERROR: 6:11: error: name 'compute' is not defined
import asyncio


async def main():
    print(compute(3))


asyncio.run(main())
