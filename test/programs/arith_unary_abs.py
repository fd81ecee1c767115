# Unary minus/plus, abs(), min(), max() on ints and floats.
import asyncio


async def main():
    a = 5
    b = -a
    print(-b, +b, abs(b), abs(-2.5), abs(0))
    print(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.0), max(-1.0, -1.5))
    print(min(4, 9), max(0.0, -0.0), -(-7))
    c = 0.0
    print(-c, abs(-c))


asyncio.run(main())
