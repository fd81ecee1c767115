# Large int values near the 64-bit limits, negatives in floor division, and int/float mixes.
import asyncio

BIG = 9223372036854775807


async def main():
    print(BIG, -BIG - 1, BIG // 2, BIG % 1000)
    print(-BIG // 3, -BIG % 3, (-BIG - 1) // -2 - 1)
    print(2 ** 53 + 1, float(2 ** 53 + 1), 10 ** 18 / 3)
    print(7 * 1.5, 3 + 0.5, 10 - 2.25, 2 * True + 1)


asyncio.run(main())
