# Producers and consumers as tasks, alternating through sleep(0) in a fixed FIFO order.
import asyncio


async def producer(name, n):
    made = 0
    for i in range(n):
        made += i
        print(f"{name} produced {i}")
        await asyncio.sleep(0)
    return made


async def consumer(name, n):
    for i in range(n):
        print(f"{name} consumed {i}")
        await asyncio.sleep(0)
    return n


async def main():
    p = asyncio.create_task(producer("P", 3))
    c = asyncio.create_task(consumer("C", 3))
    print("started")
    made = await p
    got = await c
    print("made", made, "got", got)


asyncio.run(main())
