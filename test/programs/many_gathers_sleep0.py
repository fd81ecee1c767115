# 3000 coroutines gathered, each yielding twice; then a sum over the ordered results.
import asyncio

N = 3000


async def tiny(i):
    await asyncio.sleep(0)
    v = i * i % 1009
    await asyncio.sleep(0)
    return v


async def main():
    res = await asyncio.gather(*[tiny(i) for i in range(N)])
    s = 0
    for i in range(N):
        s += res[i]
        if i % 500 == 499:
            print(f"after {i + 1:>4}: {s:>8,}")
    print(len(res), res[0], res[1], res[N - 1], s)
    first, second = await asyncio.gather(tiny(N), tiny(N + 1))
    print(first, second)


asyncio.run(main())
