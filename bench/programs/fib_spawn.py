"""Recursive fib where every call with n >= 2 gathers two child actors: fib(25) spawns 242,784."""
import asyncio

N = 25


async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b


async def main():
    print(f"fib({N}) = {await fib(N)}")


asyncio.run(main())
