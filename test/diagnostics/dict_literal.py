# ERROR: 6:9: error: dict literal is not supported
import asyncio


async def main():
    d = {"a": 1}
    print(d)


asyncio.run(main())
