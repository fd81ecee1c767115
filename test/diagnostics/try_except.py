# ERROR: 6:5: error: try statement is not supported
import asyncio


async def main():
    try:
        print(1 // 0)
    except ZeroDivisionError:
        print("caught")


asyncio.run(main())
