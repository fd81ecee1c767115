# A thousand concurrent actors, each yielding once.
import asyncio

N = 1000


async def tiny(i):
    await asyncio.sleep(0)
    return i % 7


async def main():
    rs = await asyncio.gather(*[tiny(i) for i in range(N)])
    s = 0
    for i in range(N):
        s += rs[i]
    print(len(rs), s, rs[0], rs[N - 1])


asyncio.run(main())
