# A failing gather child: siblings and a background task keep running until main has failed
# (2 loop iterations later), then asyncio.run cancels them; exit status 1.
import asyncio


async def slow(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return n


async def boom(n):
    await asyncio.sleep(0)
    print("boom soon")
    return 1 // (n - n)


async def main():
    t = asyncio.create_task(slow("bg", 6))
    r = await asyncio.gather(slow("a", 4), boom(1), slow("b", 5))
    print("never", r)


asyncio.run(main())
