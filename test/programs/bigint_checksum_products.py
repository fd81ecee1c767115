# A checksum over big products built by worker tasks: reduce modulo a Mersenne prime, xor-fold, compare.
import asyncio

M61 = 2 ** 61 - 1
SEED = 0x9E3779B97F4A7C15


async def product_range(lo, hi):
    p = 1
    for k in range(lo, hi):
        p *= k * SEED + 1
    await asyncio.sleep(0)
    return p


def fold(v, bits):
    out = 0
    mask = (1 << bits) - 1
    while v > 0:
        out ^= v & mask
        v >>= bits
    return out


async def main():
    parts = await asyncio.gather(*[product_range(i * 20 + 1, i * 20 + 21) for i in range(6)])
    total = 1
    for p in parts:
        print(len(str(p)), p % M61, fold(p, 64))
        total *= p
    print(total % M61, fold(total, 61), fold(total, 13))
    whole = await product_range(1, 121)
    print(whole == total, whole % M61 == total % M61, (whole - total) ** 2)
    r = 1
    for p in parts:
        r = r * (p % M61) % M61
    print(r, r == total % M61)


asyncio.run(main())
