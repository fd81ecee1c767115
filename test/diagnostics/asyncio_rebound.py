# ERROR: 3:1: error: rebinding module 'asyncio' is not supported
import asyncio
asyncio = 3


async def main():
    print(1)


asyncio.run(main())
