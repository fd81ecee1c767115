# ERROR: 7:13: error: slicing is not supported
import asyncio


async def main():
    s = "hello"
    print(s[1:3])


asyncio.run(main())
