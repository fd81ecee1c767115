# A fixed pool of worker tasks, each processing a strided share of the jobs; results reduced at the end.
import asyncio

JOBS = 20
WORKERS = 3


def cost(job):
    c = 0
    n = job + 7
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c


async def worker(w):
    done = 0
    total = 0
    for job in range(w, JOBS, WORKERS):
        total += cost(job)
        done += 1
        if done % 2 == 0:
            print(f"worker {w} yields after {done} jobs")
            await asyncio.sleep(0)
    print(f"worker {w} finished {done} jobs, total {total}")
    return total


async def main():
    t0 = asyncio.create_task(worker(0))
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2))
    print("pool started")
    a = await t0
    b = await t1
    c = await t2
    print("grand total", a + b + c, "max", max(a, b, c), "min", min(a, b, c))


asyncio.run(main())
