# Exponentiation: right associativity, unary minus precedence, zero powers, int results up to 2**62.
import asyncio


def power(b, e):
    return b ** e


async def main():
    print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 2 ** -1.0, 0 ** 0, 0.0 ** 0)
    print((-3) ** 39, 7 ** 22, (-2) ** 63, 2 ** 62, 3 ** 0.5)
    print(power(10, 18), power(-1, 1000001), power(2.5, 3), power(1.0000001, 1000000))
    x = 3
    x **= 4
    print(x, 4.0 ** 0.5, (-8.0) ** 3, 1.5 ** -2)


asyncio.run(main())
