# Gather results of bool and None coroutines printed as lists; None coroutines still run in order.
import asyncio


async def is_even(n):
    await asyncio.sleep(0)
    return n % 2 == 0


async def log(n):
    print("log", n)
    await asyncio.sleep(0)
    print("log done", n)


async def main():
    print(await asyncio.gather(*[is_even(i) for i in range(5)]))
    await asyncio.gather(log(1), log(2))
    print("logged")
    await asyncio.gather(*[log(i) for i in range(3)])
    x, y = await asyncio.gather(log(7), log(8))
    print(x, y, x is None)
    a, b = await asyncio.gather(is_even(3), is_even(4))
    print(a or b, a and b, not a)


asyncio.run(main())
