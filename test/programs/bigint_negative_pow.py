# int ** negative int gives a float, also for big bases and exponents; zero, one and minus one as bases.
import asyncio


async def power(b, e):
    await asyncio.sleep(0)
    return b ** e


async def main():
    xs = await asyncio.gather(power(2, -1), power(10, -5), power(-3, -3), power(7, -20), power(2, -1074),
                              power(2, -1075), power(-1, -999), power(1, -(10 ** 30)))
    for x in xs:
        print(x, repr(x))
    print(2 ** -10, (-2) ** -11, 10 ** -300, 10 ** -400)
    print((2 ** 70) ** -1, (3 ** 40) ** -2, (-(5 ** 30)) ** -3)
    e = -4
    r = 3 ** e
    print(r, r * 81, 3 ** e == 1 / 81)
    e = -e
    print(3 ** e, 3 ** -e * 3 ** e)
    print(await power(2, 0), await power(-(2 ** 100), 0), await power(0, 0))


asyncio.run(main())
