# ERROR: 7:11: error: attribute access is not supported
import asyncio


async def main():
    q = asyncio.Queue()
    await q.put(1)
    print(await q.get())


asyncio.run(main())
