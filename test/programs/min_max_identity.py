# min()/max() return an argument itself: bool stays bool, int vs float keeps the first extreme one
# (max(1, 1.0) is 1), -0.0 vs 0.0 and nan follow the order of the strict comparisons.
import asyncio


async def pick(t, f, n, x, y):
    print(max(t, f), min(t, f), max(f, t, f), min(n, -n, 3), max(x, y), min(x, y), max(y, x))
    print(max(-0.0, 0.0), max(0.0, -0.0), min(-0.0, 0.0), min(0.0, -0.0), max(x, x - x), min(n, n))


async def main():
    print(max(True, 0), min(0, False), max(1, 1.0), max(1.0, 1), min(2, 2.0), min(2.0, 2))
    print(max(False, 0), min(True, 1), max(1, True), max(3, 2.5, True), min(-1, -1.0, False))
    print(max(True, False), min(True, False), max(-0.0, 0), min(0, -0.0), max(0, -0.0))
    await pick(True, False, 5, 1.5, -2.5)
    await pick(False, True, -7, -0.0, 0.0)
    inf = 1e308 * 10
    nan = inf - inf
    print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0, 2.0), min(3.0, nan, 1.0), max(inf, nan))


asyncio.run(main())
