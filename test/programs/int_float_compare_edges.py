# int <-> float comparisons are exact for every operator, in both operand orders, in chains, and
# with nan / inf / -0.0 / values next to 2**53, 2**63 and -2**63 (CPython's float_richcompare).
import asyncio

INF = 1e308 * 10
NAN = INF - INF
MAX = 9223372036854775807
MIN = -9223372036854775807 - 1


def row(i, f):
    a = f"{i < f:d}{i <= f:d}{i > f:d}{i >= f:d}{i == f:d}{i != f:d}"
    b = f"{f < i:d}{f <= i:d}{f > i:d}{f >= i:d}{f == i:d}{f != i:d}"
    return a + " " + b


async def check(i):
    print(i, row(i, 0.0), row(i, -0.0), row(i, 0.5), row(i, -0.5), row(i, 1.0), row(i, 3.0000000000000004))
    print(i, row(i, 9007199254740992.0), row(i, 9007199254740994.0), row(i, -9007199254740992.0))
    print(i, row(i, 2.0 ** 63), row(i, -(2.0 ** 63)), row(i, 2.0 ** 64), row(i, -(2.0 ** 64)))
    print(i, row(i, 4.611686018427388e18), row(i, 9.223372036854775e18), row(i, 1e18), row(i, 1e300))
    print(i, row(i, INF), row(i, -INF), row(i, NAN), row(i, 2.9999999999999996), row(i, -3.0))


async def main():
    for i in range(-3, 4):
        await check(i)
    await check(2 ** 53)
    await check(2 ** 53 + 1)
    await check(2 ** 53 - 1)
    await check(-(2 ** 53) - 1)
    await check(2 ** 62 + 1)
    await check(MAX)
    await check(MAX - 511)
    await check(MAX - 512)
    await check(MIN)
    await check(MIN + 1)
    await check(10 ** 18 + 1)
    print(MAX < 9223372036854775808.0 < 1e19, 1.0 < 2 < 2.5 <= 3 == 3.0 != MAX)
    print(9007199254740993 == 9007199254740992.0, 9223372036854775807 < 9223372036854775808.0)


asyncio.run(main())
