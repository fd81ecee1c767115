"""Recursive fib where every call with n >= 2 gathers two child actors: fib(27) spawns 635,620."""
# bench: ops=635620 unit=task
import asyncio

N = 27


async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b


async def main():
    print(f"fib({N}) = {await fib(N)}")


asyncio.run(main())
