# Round-robin interleaving through sleep(0), exactly in asyncio's FIFO order.
import asyncio


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name + " done"


async def main():
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 2))
    c = asyncio.create_task(ticker("c", 4))
    print("tasks created")
    print(await b)
    print(await a)
    print(await c)


asyncio.run(main())
