# Tasks that outlive the coroutine that created them, holding arguments that live in the
# creator's heap (a list from gather, a str built there) — the creator replies and ends first.
import asyncio


async def item(i):
    await asyncio.sleep(0)
    return i * 3


async def total(xs, k):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    s = 0
    for x in xs:
        s = s + x
    print("total", k, s, xs)
    return s


async def shout(name):
    await asyncio.sleep(0)
    print("shout", name + "!")
    return name


async def names(i):
    await asyncio.sleep(0)
    return "n" + str(i)


async def creator(n):
    xs = await asyncio.gather(*[item(i) for i in range(n)])
    label = "c" + str(n)
    t = asyncio.create_task(total(xs, n))
    u = asyncio.create_task(shout(label))
    ws = await asyncio.gather(*[names(i) for i in range(n)])
    v = asyncio.create_task(total(xs, n * 10))
    w = asyncio.create_task(show(ws))
    return n


async def show(ws):
    await asyncio.sleep(0)
    print("names", ws, len(ws))


async def nested(n):
    r = await creator(n)
    return r + 1


async def main():
    a = await creator(3)
    b = await creator(5)
    c = await nested(2)
    print("main", a, b, c)
    for i in range(6):
        await asyncio.sleep(0)
    print("main end")


asyncio.run(main())
