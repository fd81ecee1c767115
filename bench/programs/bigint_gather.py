"""Big ints across tasks: factorials of 4000..4063 and Fibonacci numbers F(40000..40063), each
computed by its own child actor, gathered, then combined into one checksum (ints of thousands of
digits, all through GMP)."""
# bench: ops=128 unit=bigint-task
import asyncio

N = 64


async def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


async def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


async def main():
    fs = await asyncio.gather(*[fact(4000 + i) for i in range(N)])
    gs = await asyncio.gather(*[fib(40000 + i) for i in range(N)])
    acc = 0
    for k in range(N):
        acc = (acc * 31 + fs[k] % 1000000007 + gs[k] % 998244353) % 2305843009213693951
    bits = 0
    x = fs[N - 1]
    while x > 0:
        x = x >> 4096
        bits += 4096
    print("checksum", acc, "about", bits, "bits")


asyncio.run(main())
