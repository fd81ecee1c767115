# ERROR: 6:5: error: with statement is not supported
import asyncio


async def main():
    with open("f") as fh:
        print(fh)


asyncio.run(main())
