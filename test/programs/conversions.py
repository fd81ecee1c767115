# int(), float(), str() between numbers, bools and strings of numbers.
import asyncio


async def main():
    print(int(3.9), int(-3.9), int(True), float(2), float(False))
    print(str(12) + str(3.5) + str(True) + str(None))
    print(int(1e15), float(10 ** 15), int(-0.5))
    x = 7
    print(str(x) * 3, len(str(x * 1000)))


asyncio.run(main())
