# Float accumulation with rounding visible in the output, in sync and async code.
import asyncio


def harmonic(n):
    s = 0.0
    for k in range(1, n + 1):
        s += 1 / k
    return s


async def partial(lo, hi):
    s = 0.0
    for k in range(lo, hi):
        s += 0.1
    return s


async def main():
    print(harmonic(10), harmonic(100))
    a, b = await asyncio.gather(partial(0, 10), partial(0, 3))
    print(a, b, a + b, f"{a:.20f}")
    print(round_trip(0.1))


def round_trip(x):
    return x * 3 - 0.3


asyncio.run(main())
