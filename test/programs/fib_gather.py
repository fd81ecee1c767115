# The classic: fib where every call gathers two children.
import asyncio


async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b


async def main():
    for n in range(0, 16, 3):
        print(n, await fib(n))


asyncio.run(main())
