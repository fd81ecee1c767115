# ERROR: 5:1: error: only plain positional parameters are supported
import asyncio


def total(*nums):
    return 0


async def main():
    print(total(1, 2, 3))


asyncio.run(main())
