# A ticker task counts event-loop iterations while main awaits a task, a gather and a direct
# coroutine: how many iterations each wake-up takes must match asyncio exactly.
import asyncio


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)
    return n


async def quick(name):
    print("quick", name)
    return 1


async def one_yield(name):
    print("yield", name)
    await asyncio.sleep(0)
    print("resumed", name)
    return 2


async def main():
    t = asyncio.create_task(ticker(12))
    print("main: direct", await quick("d"))
    print("main: direct yield", await one_yield("dy"))
    u = asyncio.create_task(quick("t"))
    print("main: task", await u)
    a, b = await asyncio.gather(quick("g1"), one_yield("g2"))
    print("main: gather", a, b)
    c = await asyncio.gather(quick("g3"))
    print("main: gather one", c)
    d, e = await asyncio.gather(one_yield("g4"), quick("g5"))
    print("main: gather again", d, e)
    print("main: ticker", await t)


asyncio.run(main())
