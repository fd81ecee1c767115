# RUN: aithon run %s | FileCheck %s
# Recursive gather: every call with n >= 2 spawns two child actors and receives both replies.
import asyncio


async def fib(n):
    if n < 2:
        return n
    a, b = await asyncio.gather(fib(n - 1), fib(n - 2))
    return a + b


async def main():
    # CHECK: fib(15) = 610
    print(f"fib(15) = {await fib(15)}")
    # CHECK-NEXT: [0, 1, 1, 2, 3, 5, 8, 13]
    print(await asyncio.gather(*[fib(i) for i in range(8)]))


asyncio.run(main())
