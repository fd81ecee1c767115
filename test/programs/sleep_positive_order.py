# Tasks sleeping different positive delays wake in deadline order, sleep(0) tasks run before any timer.
import asyncio


async def napper(name, delay):
    print("sleep", name)
    await asyncio.sleep(delay)
    print("wake", name)
    return delay


async def main():
    slow = asyncio.create_task(napper("slow", 0.03))
    fast = asyncio.create_task(napper("fast", 0.001))
    zero = asyncio.create_task(napper("zero", 0))
    mid = asyncio.create_task(napper("mid", 0.015))
    print("created")
    print(await slow, await fast, await zero, await mid)
    r = await asyncio.gather(napper("g1", 0.02), napper("g2", 0.005), napper("g3", 0.0))
    print(r)


asyncio.run(main())
