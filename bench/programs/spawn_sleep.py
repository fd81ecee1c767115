"""Many short-lived tasks: 20,000 coroutines gathered, each yielding to the loop twice."""
# bench: ops=20000 unit=task
import asyncio

N = 20000


async def hop(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i % 10


async def main():
    rs = await asyncio.gather(*[hop(i) for i in range(N)])
    s = 0
    for i in range(N):
        s += rs[i]
    print(N, "tasks, checksum", s)


asyncio.run(main())
