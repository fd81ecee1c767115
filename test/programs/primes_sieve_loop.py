# Trial division prime counting with while loops and early exits.
import asyncio

LIMIT = 200


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


async def main():
    count = 0
    last = 0
    for n in range(LIMIT):
        if is_prime(n):
            count += 1
            last = n
    print(f"{count} primes below {LIMIT}, the largest is {last}")


asyncio.run(main())
