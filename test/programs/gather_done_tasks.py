# gather of tasks that have already finished still yields to the loop (asyncio schedules each
# done-callback with call_soon), so a task created just before runs first; gather() of nothing
# returns without yielding; a mix of done and pending; a task that already failed.
import asyncio


async def quick(i):
    print("quick", i)
    return i


async def slow(tag):
    print(tag, "start")
    await asyncio.sleep(0)
    print(tag, "end")
    return tag


async def failing():
    print("failing")
    return 1 // 0


async def main():
    t = asyncio.create_task(quick(1))
    await asyncio.sleep(0)
    u = asyncio.create_task(slow("b"))
    (x,) = await asyncio.gather(t)
    print("after gather of one done task", x)
    await u
    t1 = asyncio.create_task(quick(2))
    t2 = asyncio.create_task(quick(3))
    await asyncio.sleep(0)
    v = asyncio.create_task(slow("c"))
    a, b = await asyncio.gather(t1, t2)
    print("after gather of two done tasks", a, b)
    w = asyncio.create_task(slow("d"))
    a, c = await asyncio.gather(t1, slow("e"))
    print("after a mix of done and pending", a, c)
    y = asyncio.create_task(slow("f"))
    await asyncio.gather()
    print("after gather()")
    z = await t2
    print("awaiting a done task does not yield", z)
    await y
    bad = asyncio.create_task(failing())
    await asyncio.sleep(0)
    g = asyncio.create_task(slow("g"))
    p, q = await asyncio.gather(slow("h"), bad)
    print("unreached", p, q)


asyncio.run(main())
