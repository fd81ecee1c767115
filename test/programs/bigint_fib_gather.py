# Fibonacci numbers far past 64 bits: fast doubling in tasks gathered together, checked against a loop.
import asyncio


def fib_doubling(n):
    # F(n) by fast doubling over the bits of n, from the top: (a, b) = (F(k), F(k + 1))
    h = 1
    while h <= n:
        h <<= 1
    a, b = 0, 1
    while h > 1:
        h >>= 1
        c = a * (2 * b - a)
        d = a * a + b * b
        if n & h:
            a, b = d, c + d
        else:
            a, b = c, d
    return a


async def fib_fast(n):
    await asyncio.sleep(0)
    return fib_doubling(n)


async def fib_loop(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
        if i % 100 == 0:
            await asyncio.sleep(0)
    return a


async def main():
    fast = await asyncio.gather(*[fib_fast(n) for n in range(90, 500, 41)])
    slow = await asyncio.gather(*[fib_loop(n) for n in range(90, 500, 41)])
    for i in range(len(fast)):
        print(90 + 41 * i, fast[i] == slow[i], fast[i])
    a, b = await asyncio.gather(fib_fast(1000), fib_fast(1001))
    print(len(str(a)), b * b - a * b - a * a, b / a)
    print(a % 1000000007, a >> 600, len(str(b - a)), -a // 10 ** 200)


asyncio.run(main())
