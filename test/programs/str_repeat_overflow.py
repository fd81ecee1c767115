# "ab" * 2**62 is longer than the largest Py_ssize_t: OverflowError, as in CPython.
import asyncio


async def main():
    s = "ab"
    print(len(s * 0), len(s * -5))
    print(len(s * 2 ** 62))


asyncio.run(main())
