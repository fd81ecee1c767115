# main returns a value; asyncio.run's result is unused, the output is what main printed.
import asyncio


async def compute():
    return 6 * 7


async def main():
    v = await compute()
    print("computed", v)
    return v


asyncio.run(main())
print("after run")
