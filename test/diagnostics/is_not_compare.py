# ERROR: 8:11: error: 'is' is only supported with None
import asyncio


async def main():
    a = "x"
    b = "x"
    print(a is not b)


asyncio.run(main())
