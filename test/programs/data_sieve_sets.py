# Prime sieve with sets: each task crosses out the multiples of its primes from its segment,
# returns the composites as a set, and the main task takes differences.
import asyncio
import math

LIMIT = 300


async def composites(lo, hi, primes):
    out = set()
    for p in primes:
        start = max(p * p, (lo + p - 1) // p * p)
        for m in range(start, hi, p):
            out.add(m)
    await asyncio.sleep(0)
    return out


async def main():
    small = [p for p in range(2, int(math.isqrt(LIMIT)) + 1) if all(p % d for d in range(2, p))]
    print("base primes", small)
    step = 75
    parts = await asyncio.gather(*[composites(lo, min(lo + step, LIMIT), small) for lo in range(0, LIMIT, step)])
    crossed = set().union(*parts)
    primes = sorted(set(range(2, LIMIT)) - crossed)
    print(len(primes), primes[:10], primes[-5:])
    twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
    print("twin pairs", len(twins), twins[-3:])
    gaps = {}
    for p, q in zip(primes, primes[1:]):
        gaps[q - p] = gaps.get(q - p, 0) + 1
    print(dict(sorted(gaps.items())))
    print([len(c) for c in parts], sum(len(c) for c in parts) - len(crossed), "overlaps")


asyncio.run(main())
