# A string too large to allocate raises MemoryError (exit 1), never a crash; the repetition
# count in code points beyond the largest size is OverflowError, as in CPython.
import asyncio


async def main():
    s = "ab"
    print(len(s * 3), len("é" * 4))
    n = 2 ** 61
    t = "a" * n
    print("not reached", len(t))


asyncio.run(main())
