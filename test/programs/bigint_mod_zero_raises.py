# % by zero on a big int raises ZeroDivisionError (the modulo message), after clean big modulo lines.
import asyncio


async def mod(a, b):
    await asyncio.sleep(0)
    return a % b


async def main():
    xs = await asyncio.gather(mod(2 ** 200, 10 ** 9 + 7), mod(-(3 ** 100), 2 ** 64), mod(10 ** 50, -(10 ** 20 + 1)))
    print(xs)
    z = 2 ** 64 - 2 ** 64
    print(await mod(5 ** 80, z))


asyncio.run(main())
