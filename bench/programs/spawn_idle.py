"""1,000,000 tasks alive at once: each suspends at sleep(0), so after the loop's first pass over
them every task is suspended together (peak RSS / tasks = bytes per idle task)."""
# bench: ops=1000000 unit=idle-task
import asyncio

N = 1000000


async def idle(i):
    await asyncio.sleep(0)
    return i % 2


async def main():
    rs = await asyncio.gather(*[idle(i) for i in range(N)])
    s = 0
    for r in rs:
        s += r
    print(N, "idle tasks, checksum", s)


asyncio.run(main())
