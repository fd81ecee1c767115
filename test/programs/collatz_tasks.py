# Collatz lengths computed by tasks; the longest is reported.
import asyncio


def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


async def measure(n):
    return collatz_len(n)


async def main():
    lengths = await asyncio.gather(*[measure(n) for n in range(1, 30)])
    best = 0
    for i in range(len(lengths)):
        if lengths[i] > lengths[best]:
            best = i
    print("longest start", best + 1, "steps", lengths[best])
    print(lengths)


asyncio.run(main())
