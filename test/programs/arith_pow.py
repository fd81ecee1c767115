# Exponentiation with int and float operands; large ints near the 64-bit limit.
import asyncio


async def main():
    print(2 ** 10, 3 ** 0, (-2) ** 3, -2 ** 2)
    print(2 ** 62, 2 ** 62 - 1 + 2 ** 62)
    print(2.0 ** 0.5, 10.0 ** -2, 4 ** 0.5, 2 ** -1.0)
    x = 1
    for i in range(20):
        x = x * 7
    print(x, x // 1000000007, x % 1000000007)


asyncio.run(main())
