# ERROR: 8:5: error: global statement is not supported
import asyncio

COUNT = 0


async def main():
    global COUNT
    COUNT = 1
    print(COUNT)


asyncio.run(main())
