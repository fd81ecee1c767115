# Euclid's gcd on big ints written by hand (Fibonacci neighbours, shared big factors, negatives), in tasks.
import asyncio


async def gcd(a, b):
    steps = 0
    while b != 0:
        a, b = b, a % b
        steps += 1
        if steps % 50 == 0:
            await asyncio.sleep(0)
    return abs(a)


async def gcd_steps(a, b):
    steps = 0
    while b != 0:
        a, b = b, a % b
        steps += 1
    return steps


def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


async def lcm(a, b):
    g = await gcd(a, b)
    return a // g * b


async def show(a, b):
    g, s = await asyncio.gather(gcd(a, b), gcd_steps(a, b))
    return f"gcd has {len(str(g))} digits after {s} steps: {g}"


async def main():
    p = 2 ** 89 - 1
    q = 2 ** 107 - 1
    lines = await asyncio.gather(show(fib(300), fib(301)), show(fib(300), fib(150)), show(p * q * 12, p * 18),
                                 show(-(q * 10 ** 20), q * 3 ** 40), show(10 ** 50, 0), show(0, -(2 ** 70)))
    for line in lines:
        print(line)
    print(await lcm(2 ** 64 * 3 ** 10, 2 ** 10 * 3 ** 60 * 5))
    g = await gcd(2 ** 521 - 1, 2 ** 607 - 1)
    s = await gcd_steps(2 ** 521 - 1, 2 ** 607 - 1)
    print(g, s)


asyncio.run(main())
