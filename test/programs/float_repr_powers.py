# repr of every power of two (the doubles whose rounding interval is asymmetric: the shortest
# string may lie above the value while the nearer one below does not read back) and neighbours.
import asyncio


async def main():
    x = 1.0
    for k in range(1024):
        print(k, x, x * 3, x * 0.75, x * 1.0000000000000002)
        x = x * 2.0
    y = 1.0
    for k in range(1074):
        y = y / 2.0
        print(-k - 1, y, y * 3, y * 0.75, y * 1.0000000000000002)
    print(1 / 16777216, 2.0 ** -24, 2.0 ** 60, 2.0 ** -1074, 2.0 ** 1023)


asyncio.run(main())
