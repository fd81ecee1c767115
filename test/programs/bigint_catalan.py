# Catalan numbers well past 64 bits two ways (binomial recurrence, exact division) in concurrent tasks.
import asyncio


async def catalan_rec(n):
    c = 1
    for k in range(n):
        c = c * 2 * (2 * k + 1) // (k + 2)
    return c


async def binom(n, k):
    r = 1
    for i in range(1, k + 1):
        r = r * (n - k + i) // i
        if i % 50 == 0:
            await asyncio.sleep(0)
    return r


async def catalan_binom(n):
    b = await binom(2 * n, n)
    return b // (n + 1)


async def main():
    a = await asyncio.gather(*[catalan_rec(n) for n in range(30, 160, 13)])
    b = await asyncio.gather(*[catalan_binom(n) for n in range(30, 160, 13)])
    for i in range(len(a)):
        print(30 + 13 * i, a[i] == b[i], a[i])
    c300 = await catalan_rec(300)
    print(len(str(c300)), c300 % (2 ** 64), c300 >> 580)
    print(a[1] / a[0], b[9] / b[8])


asyncio.run(main())
