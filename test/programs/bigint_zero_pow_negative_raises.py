# 0 ** -1 raises ZeroDivisionError, after negative powers of big and small nonzero bases give floats.
import asyncio


async def p(b, e):
    await asyncio.sleep(0)
    return b ** e


async def main():
    print(await p(2 ** 64, -1), await p(-(10 ** 30), -2), await p(0, 0), await p(0, 5))
    b = 10 ** 30
    for k in range(3):
        b //= 10 ** 20
        print(b, await p(b, -1))


asyncio.run(main())
