# Float // and % where naive formulas disagree with CPython: tiny negatives, non-representable divisors.
import asyncio


def show(a, b):
    print(a, b, a // b, a % b)


async def main():
    show(-1e-20, 1.0)
    show(1e-20, -1.0)
    show(5.0, 0.1)
    show(-5.0, 0.1)
    show(0.3, 0.1)
    show(-0.0, 3.0)
    show(7.0, -0.5)
    show(1e300, 3.0)
    show(-7, 2.0)
    show(9, -2.5)


asyncio.run(main())
