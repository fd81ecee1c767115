# ERROR: 8:11: error: 'is' between ints, floats or strs (CPython's result depends on caching) is not supported
import asyncio


async def main():
    a = "x"
    b = "x"
    print(a is not b)


asyncio.run(main())
