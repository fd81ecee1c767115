# ZeroDivisionError on big ints: the divisor becomes zero after a big subtraction inside a task.
import asyncio


async def ratio(a, b):
    await asyncio.sleep(0)
    d = a - b
    print("divisor", d)
    return a ** 3 // d


async def main():
    print(await ratio(2 ** 100, 2 ** 99))
    print(await ratio(10 ** 40, 10 ** 40 - 1))
    print(await ratio(3 ** 90, 3 ** 90))


asyncio.run(main())
