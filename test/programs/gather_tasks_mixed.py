# gather over already-created tasks mixed with fresh coroutines; results stay in argument order.
import asyncio


async def job(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name + ":" + str(n)


async def main():
    a = asyncio.create_task(job("a", 2))
    b = asyncio.create_task(job("b", 0))
    res = await asyncio.gather(job("c", 1), a, job("d", 3), b)
    print(res)
    x, y, z = await asyncio.gather(a, job("e", 1), b)
    print(x, y, z)
    print(await asyncio.gather(*[job("f" + str(i), i % 2) for i in range(4)]))


asyncio.run(main())
