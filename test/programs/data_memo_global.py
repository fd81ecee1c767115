# A global memo dict shared by tasks computing Fibonacci numbers and binomial coefficients
# (tuple keys); the memo's size and hits are tracked in global counters.
import asyncio

memo = {}
hits = 0
misses = 0


async def fib(n):
    global hits, misses
    if n < 2:
        return n
    if ("fib", n) in memo:
        hits += 1
        return memo[("fib", n)]
    misses += 1
    a = await fib(n - 1)
    b = await fib(n - 2)
    memo[("fib", n)] = a + b
    return a + b


async def binom(n, k):
    global hits, misses
    if k == 0 or k == n:
        return 1
    key = ("binom", n, k)
    if key in memo:
        hits += 1
        return memo[key]
    misses += 1
    v = await binom(n - 1, k - 1) + await binom(n - 1, k)
    memo[key] = v
    return v


async def main():
    fibs = await asyncio.gather(*[fib(n) for n in (10, 30, 50, 90)])
    print(fibs)
    row = await asyncio.gather(*[binom(12, k) for k in range(13)])
    print(row, sum(row) == 2 ** 12)
    print("memo entries", len(memo), "hits", hits, "misses", misses)
    kinds = {}
    for key in memo:
        kinds[key[0]] = kinds.get(key[0], 0) + 1
    print(kinds, max(k for k in memo if k[0] == "fib"), memo[("binom", 12, 6)])
    print(await binom(40, 20), await fib(100))


asyncio.run(main())
