# True division of huge ints is correctly rounded (never via float conversion of the operands).
import asyncio


async def div(a, b):
    await asyncio.sleep(0)
    return a / b


async def main():
    qs = await asyncio.gather(div(10 ** 400 + 1, 10 ** 399), div(2 ** 2000, 3 ** 1000), div(1, 10 ** 400),
                              div(10 ** 500, 10 ** 499 * 3), div(-(2 ** 1100), 2 ** 77), div(2 ** 53 + 1, 1),
                              div(2 ** 1100 + 1, 2 ** 1100), div(-7, 2 ** 1080))
    for q in qs:
        print(q)
    print((2 ** 1024 - 2 ** 970 - 1) / 1, (2 ** 1023 * 3 - 1) / 2 ** 1024 * 4)
    print(10 ** 308 / 10 ** 308, 10 ** 4000 / 10 ** 3999, 3 ** 700 / 3 ** 699)
    print(2 ** -1074 / 2, 1 / 2 ** 1075, 3 / 2 ** 1075, 1 / 2 ** 1074)


asyncio.run(main())
