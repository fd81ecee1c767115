# Floor division and modulo follow the divisor's sign, for ints and floats.
import asyncio


async def main():
    for a in range(-7, 8, 7):
        for b in range(3, -4, -6):
            print(a, b, a // b, a % b)
    print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
    print(-1 % 5, 1 % -5, -0.0 % 5.0, 0.0 % -5.0)


asyncio.run(main())
