# Floats through gather(*...) lists: -0.0, inf, nan, a list passed to a task, an empty gather.
import asyncio

async def val(i):
    if i == 0:
        return -0.0
    if i == 1:
        return 1e308 * 10
    if i == 2:
        return (1e308 * 10) - (1e308 * 10)
    return i / 3

async def total(xs):
    s = 0.0
    for x in xs:
        s = s + x if x == x else s
    return s

async def main():
    xs = await asyncio.gather(*[val(i) for i in range(5)])
    print(xs)
    print(await total(xs))
    ys = await asyncio.gather(*[val(i) for i in range(3, 6)])
    t = asyncio.create_task(total(ys))
    print(await t, len(ys), ys[0] + ys[-1])
    zs = await asyncio.gather()
    print(zs, len(zs))

asyncio.run(main())
