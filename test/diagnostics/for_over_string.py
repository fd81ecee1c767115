# ERROR: 7:15: error: iterating over str is not supported
import asyncio


async def main():
    total = 0
    for ch in "abc":
        total += 1
    print(total)


asyncio.run(main())
