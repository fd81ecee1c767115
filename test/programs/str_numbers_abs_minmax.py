# str(), int(), float(), abs(), min() and max() over ints, floats and bools, including negatives and -0.0.
import asyncio


async def main():
    print(str(-7), str(2.50), str(1e-7), str(1e16), str(False), str(-0.0) + "|")
    print(int(-7.99), int(7.99), int(-0.0), int(1e18), int(False), int(12))
    print(float(-7), float(True), float(2 ** 60), float(0.1))
    print(abs(-7), abs(7), abs(-2.5), abs(0), abs(-9223372036854775807), abs(-1e-300))
    print(min(4, 2, 8), max(4, 2, 8), min(-1.5, -1.25), max(0.1 + 0.2, 0.3))
    print(min(3, 3), max(-0.0, 0.0), min(True, False), max(2, 9) - min(2, 9))
    total = 0
    for i in range(-3, 4):
        total += abs(i) * max(i, 0) - min(i, 0)
    print("total", total, str(total) + "!", len(str(total * 1000)))


asyncio.run(main())
