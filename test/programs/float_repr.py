# Float printing matches CPython's repr in every range.
import asyncio


async def main():
    print(0.1, 0.25, 1.0, -0.0, 100.0, 1e15, 1e16, 1.5e17)
    print(1e-4, 1e-5, 0.00012345, 123456789.123, 2.0 ** 60)
    print(1 / 3, 2 / 3, 10 / 3, 1e300 * 10, 3.14159265358979)
    print(1e308 * 10, -1e308 * 10)


asyncio.run(main())
