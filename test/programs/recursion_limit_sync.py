# One sync frame more than CPython 3.11 allows under asyncio.run: RecursionError, exit 1.
import asyncio


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


async def main():
    print("deepest", down(989))
    print("one more", down(990))


asyncio.run(main())
