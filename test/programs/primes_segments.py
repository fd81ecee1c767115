# Prime counting split into segments checked concurrently, each segment yielding between candidates.
import asyncio

LIMIT = 2000
SEGMENTS = 5


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True


async def count_segment(k):
    lo = k * LIMIT // SEGMENTS
    hi = (k + 1) * LIMIT // SEGMENTS
    count = 0
    largest = 0
    for n in range(lo, hi):
        if is_prime(n):
            count += 1
            largest = n
        if n % 100 == 99:
            await asyncio.sleep(0)
    print(f"segment {k}: [{lo:>5}, {hi:>5}) {count:>3} primes, largest {largest}")
    return count


async def main():
    counts = await asyncio.gather(*[count_segment(k) for k in range(SEGMENTS)])
    total = 0
    for k in range(SEGMENTS):
        total += counts[k]
    print("counts", counts)
    print(f"pi({LIMIT}) = {total}, density {total / LIMIT:.4f} ({total / LIMIT:.1%})")


asyncio.run(main())
