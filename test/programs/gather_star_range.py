# asyncio.gather(*[f(i) for i in range(n)]) returns a list in argument order.
import asyncio


async def work(i):
    for _ in range(i % 3):
        await asyncio.sleep(0)
    print("done", i)
    return i * 10


async def main():
    results = await asyncio.gather(*[work(i) for i in range(7)])
    print(results)
    print(len(results), results[0], results[-1], results[3])
    total = 0
    for i in range(len(results)):
        total += results[i]
    print("total", total)


asyncio.run(main())
