# int ** negative int is a float (2 ** -1 == 0.5).
import asyncio


async def main():
    print(2 ** -1)


asyncio.run(main())
