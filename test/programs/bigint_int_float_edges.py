# int/float mixing at the edges: 2**53+1, ints beyond the float range compared with inf and 1e308, exact int-float comparisons.
import asyncio


async def cmp(a, b):
    await asyncio.sleep(0)
    return f"{a < b} {a <= b} {a == b} {a != b} {a > b} {a >= b}"


async def main():
    inf = 1e308 * 10
    n = 2 ** 53 + 1
    print(n, float(n), n == float(n), n > float(n), float(n) == 2 ** 53)
    print(n + 0.0, n * 1.0, n - 1.0, (n + 2) * 1.0)
    big = 10 ** 400
    lines = await asyncio.gather(cmp(big, inf), cmp(-big, -inf), cmp(big, 1e308), cmp(2 ** 1024, 1.7976931348623157e308),
                                 cmp(2 ** 1023, float(2 ** 1023)), cmp(2 ** 1023 + 1, float(2 ** 1023)),
                                 cmp(-(2 ** 63), -9.223372036854775808e18), cmp(2 ** 64 - 1, 1.8446744073709552e19))
    for line in lines:
        print(line)
    print(float(2 ** 1023), float(2 ** 1024 - 2 ** 970 - 1), float(-(2 ** 1024 - 2 ** 971)))
    print(float(2 ** 54 + 1), float(2 ** 54 + 2), float(2 ** 54 + 3), float(2 ** 54 + 6))
    print(int(1e20), int(-1.5e30), int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
    print(max(big, inf), min(-big, -inf), max(2 ** 70, 1e21), min(2 ** 70, 1.2e21))
    print(abs(-big) == big, big > 0.5, 0.5 < big < inf)


asyncio.run(main())
