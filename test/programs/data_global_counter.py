# A global counter bumped by many tasks plus a global high-water mark of concurrently active
# tasks; module-level lists record which task finished when.
import asyncio

counter = 0
active = 0
peak = 0
finished = []


async def job(n):
    global counter, active, peak
    active += 1
    peak = max(peak, active)
    for _ in range(n):
        counter += 1
        await asyncio.sleep(0)
    active -= 1
    finished.append(n)
    return counter


async def main():
    snapshots = await asyncio.gather(*[job(n) for n in [3, 1, 4, 1, 5, 9, 2, 6]])
    print("counter", counter, "peak", peak, "active", active)
    print("counter seen when each finished:", snapshots)
    print("finish order by size:", finished)
    print(sorted(snapshots) == snapshots, counter == sum(finished))
    second = await asyncio.gather(job(2), job(2))
    print(second, counter, peak)


asyncio.run(main())
