# Collatz trajectories from starts far beyond 64 bits, one task per start; peaks and step counts.
import asyncio


async def collatz(n, want_peak):
    steps = 0
    peak = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
        steps += 1
        if steps % 200 == 0:
            await asyncio.sleep(0)
    return peak if want_peak else steps


async def run(start):
    s, p = await asyncio.gather(collatz(start, False), collatz(start, True))
    return f"{start}: {s} steps, peak has {len(str(p))} digits"


async def main():
    lines = await asyncio.gather(run(2 ** 100 + 1), run(2 ** 127 - 1), run(3 ** 80), run(10 ** 40 + 7))
    for line in lines:
        print(line)
    s, p = await asyncio.gather(collatz(2 ** 200, False), collatz(2 ** 200, True))
    print(s, p == 2 ** 200)
    t = asyncio.create_task(collatz(2 ** 64 - 1, True))
    s = await collatz(2 ** 64 - 1, False)
    p = await t
    print(s, p, p > 2 ** 64)


asyncio.run(main())
