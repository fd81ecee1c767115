# Chained comparisons evaluate each operand once and short-circuit.
import asyncio


def noisy(n):
    print("eval", n)
    return n


async def main():
    print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 >= 2 == 2)
    print(noisy(1) < noisy(0) < noisy(5))
    print(noisy(1) < noisy(2) <= noisy(2))
    x = 5
    print(0 <= x < 10, x != 5, 2.5 < x, x == 5.0)


asyncio.run(main())
