# ERROR: 6:9: error: asyncio.Queue() here is not supported
import asyncio


async def main():
    q = asyncio.Queue()
    await q.put(1)
    print(await q.get())


asyncio.run(main())
