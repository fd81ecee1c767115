# The same task passed several times to gather yields its result at every position; a finished task
# can be gathered again later.
import asyncio


async def slow(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return n * 100


async def main():
    t = asyncio.create_task(slow("t", 4))
    u = asyncio.create_task(slow("u", 1))
    a, b = await asyncio.gather(u, u)
    print(a, b)
    print(await asyncio.gather(t, u, t))
    c, d, e = await asyncio.gather(slow("x", 2), t, slow("y", 1))
    print(c, d, e)


asyncio.run(main())
