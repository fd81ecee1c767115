"""Two CPU-bound children gathered: with isolated actors they can run on two cores at once
(run with 1 and 2 workers: the speed-up is the scheduler's parallelism)."""
# bench: ops=2 unit=child threads=1,2
import asyncio

N = 30000000


async def crunch(seed):
    x = seed
    s = 0
    for i in range(N):
        x = (x * 1103515245 + 12345) % 2147483648
        s += x % 7
    return s


async def main():
    a, b = await asyncio.gather(crunch(1), crunch(2))
    print("checksums", a, b)


asyncio.run(main())
