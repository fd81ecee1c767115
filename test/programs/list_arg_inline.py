# A list (mutable) passed to a coroutine: the call stays inline in the caller's actor instead of
# being spawned (aithon compile --remarks says so), for a direct await and for a task.
import asyncio


async def sq(i):
    return i * i


async def total(xs, n):
    s = 0
    for i in range(n):
        s += xs[i]
    await asyncio.sleep(0)
    return s


async def main():
    xs = await asyncio.gather(*[sq(i) for i in range(5)])
    print(await total(xs, 5))
    t = asyncio.create_task(total(xs, 3))
    print(await t)


asyncio.run(main())
