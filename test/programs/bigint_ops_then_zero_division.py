# Big ints through //, %, shifts and bit operations, int/float mixing at 10**30, then a float
# division by zero through a variable (ZeroDivisionError, exit 1).
import asyncio

async def main():
    a = 10 ** 30
    b = a // 7 - a % 7 * 3
    c = b << 5 >> 3
    d = ~c & (c | 12345) ^ 999
    print(a, b, c, d, a / b, b / 0.5, -a // 3, -a % 3, a ** 2 // b)
    print(a > 1e30, a == 1e30, float(a), int(1e30) == a, 2**53 + 1 == 2.0**53 + 1)
    x = 1
    x = x / 0

asyncio.run(main())
