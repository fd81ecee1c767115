# True division always gives a float, printed with CPython's shortest repr.
import asyncio


def show(a, b):
    print(f"{a} / {b} =", a / b)


async def main():
    show(7, 2)
    show(1, 3)
    show(2, 3)
    show(-9, 4)
    show(10, 5)
    print(2 / 3 * 3, 0.1 + 0.2, 1 / 7 + 1 / 7)
    print(1e16 / 1, 1 / 1e7, 123456789.0 * 10 ** 8)


asyncio.run(main())
