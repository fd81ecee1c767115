# Gathered results of every value type: float, bool and str (strings cross actor heaps).
import asyncio


async def half(x):
    return x / 2


async def label(i):
    await asyncio.sleep(0)
    return "item-" + str(i)


async def even(i):
    return i % 2 == 0


async def main():
    print(await asyncio.gather(*[half(i) for i in range(5)]))
    names = await asyncio.gather(*[label(i) for i in range(4)])
    print(names, names[2])
    print(await asyncio.gather(*[even(i) for i in range(3)]))
    s, t = await asyncio.gather(label(7), label(8))
    print(s + "/" + t, len(s))


asyncio.run(main())
