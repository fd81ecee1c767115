# create_task starts a task that runs when main yields; awaiting it returns its result.
import asyncio


async def background(n):
    print("background start", n)
    await asyncio.sleep(0)
    print("background end", n)
    return n * 2


async def main():
    t = asyncio.create_task(background(5))
    print("task created")
    u = asyncio.create_task(background(6))
    await asyncio.sleep(0)
    print("main resumed")
    print(await t, await u)
    print("after awaits")


asyncio.run(main())
