# Shifts and bit operations on negative big values: two's complement with infinite sign extension.
import asyncio


async def ops(a, b):
    await asyncio.sleep(0)
    return f"{a & b} {a | b} {a ^ b} {~a} {a & ~b}"


async def main():
    n = -(2 ** 100) - 12345
    m = 2 ** 90 - 1
    lines = await asyncio.gather(ops(n, m), ops(n, -m), ops(-1, m), ops(0, n), ops(n, 2 ** 200), ops(-(2 ** 64), 2 ** 64 - 1))
    for line in lines:
        print(line)
    for s in range(0, 201, 40):
        print(s, n >> s, n << s >> s == n, (n >> s) << s <= n, -(-n >> s))
    print(-1 >> 1000, -1 << 100, -5 >> 1, (-(2 ** 127)) >> 127, (-(2 ** 127) - 1) >> 127)
    print(~(2 ** 64), ~(-(2 ** 64)), ~~n == n, -n - 1 == ~n)
    print(f"{n & 0xFFFFFFFFFFFFFFFF:x} {n >> 64 & 0xFFFF:x} {(n ^ -1) == ~n}")
    x = n
    x >>= 3
    x &= -(2 ** 80)
    x |= 7
    x ^= 2 ** 120
    x <<= 5
    print(x)


asyncio.run(main())
