"""Pure CPU tasks (no await, no print, scalar result) interleaved with printing tasks: with
several workers the pure steps run ahead on other threads, and the output must still be
asyncio's, including the order in which waiters wake, a failing pure task and tasks that are
never awaited (cancelled when asyncio.run returns)."""
import asyncio


def step(x):
    return (x * 1103515245 + 12345) % 2147483648


async def crunch(seed, n):
    x = seed
    s = 0
    for i in range(n):
        x = step(x)
        s += x % 7
    return s


async def ratio(a, b):
    return a / b


async def is_big(x):
    return x > 1000


async def nothing(x):
    y = x * 2
    if y < 0:
        y = -y


async def talker(name, n):
    for i in range(n):
        print(name, "step", i)
        await asyncio.sleep(0)
    return n


async def main():
    a = asyncio.create_task(crunch(1, 20000))
    t1 = asyncio.create_task(talker("t1", 3))
    b = asyncio.create_task(crunch(2, 10))
    t2 = asyncio.create_task(talker("t2", 2))
    print("created")
    print("a", await a)
    print("t1", await t1, "b", await b, "t2", await t2, "b again", await b)
    rs = await asyncio.gather(*[crunch(i, 300 * (i % 5)) for i in range(40)])
    print("gathered", len(rs), rs[0], rs[7], rs[39])
    f0, f1, f2, f3, f4 = await asyncio.gather(ratio(1, 4), ratio(3, 8), is_big(5000), nothing(3), talker("t3", 2))
    print("mixed", f0, f1, f2, f3, f4)
    x, y = await asyncio.gather(crunch(5, 50000), crunch(6, 5))
    print("pair", x, y)
    asyncio.create_task(crunch(7, 1000))  # never awaited: cancelled when main returns
    try_bad = asyncio.create_task(ratio(1, 0))
    print("before failure")
    await asyncio.sleep(0)
    print("after one iteration")
    print(await try_bad)


asyncio.run(main())
