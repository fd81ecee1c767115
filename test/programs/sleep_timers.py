# Positive sleeps: tasks wake in deadline order, regardless of creation order.
import asyncio


async def wake(name, d):
    await asyncio.sleep(d)
    print("woke", name)
    return d


async def main():
    r = await asyncio.gather(wake("slow", 0.03), wake("fast", 0.01), wake("mid", 0.02))
    print(r)


asyncio.run(main())
