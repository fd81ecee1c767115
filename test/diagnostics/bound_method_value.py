# ERROR: 6:40: error: a bound method used as a value ('.get' without a call; a lambda works) is not supported
import asyncio


async def main():
    print(sorted({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))


asyncio.run(main())
