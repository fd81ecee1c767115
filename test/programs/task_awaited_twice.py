# Awaiting a finished task again returns its result without running it twice.
import asyncio


async def once(x):
    print("running once", x)
    return x + 1


async def main():
    t = asyncio.create_task(once(1))
    a = await t
    b = await t
    print(a, b)


asyncio.run(main())
