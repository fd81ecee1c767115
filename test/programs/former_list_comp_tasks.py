# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def work(i):
    return i * 2


async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(3)]
    print(await asyncio.gather(*tasks))


asyncio.run(main())
