"""A local named `range` shadows the builtin in the whole function: the loop calls an int."""
import asyncio


async def count():
    n = 0
    for i in range(3):
        n += i
    return n


async def main():
    print(await count())
    range = 4
    print(range)
    for i in range(2):
        print(i)


asyncio.run(main())
