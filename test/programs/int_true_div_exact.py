# int / int is correctly rounded in CPython even when the operands exceed 2**53.
import asyncio


async def main():
    a = 2 ** 62 + 1
    print(a / 1, a / 3, (2 ** 53 + 1) / 2, 9007199254740993 / 1)
    print(9223372036854775807 / 9223372036854775806, 10 ** 18 / 7, -(10 ** 18) / 7)
    print(123456789012345678 / 1000, 3 / 9223372036854775807)
    n = 1
    for i in range(60):
        n = n * 2 + 1
    print(n, n / 3, n // 3, n % 3)


asyncio.run(main())
