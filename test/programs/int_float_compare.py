# Comparisons between ints and floats are exact in CPython, even beyond 2**53.
import asyncio

BIG = 2 ** 53 + 1


async def main():
    f = float(BIG)
    print(BIG, f, BIG == f, BIG > f, BIG != f, f < BIG)
    big = 9223372036854775807
    g = float(big)
    print(big == g, big < g, g > big, big - 1 < g)
    print(1 == 1.0, 0 == -0.0, 2 ** 62 == 4.611686018427388e18, 3 < 3.0000000000000004)
    print(max(1.5, 2.5), min(-0.0, 0.0), max(0.0, -0.0), min(3, 7, -2, 5))


asyncio.run(main())
