# Sorting values gathered from tasks: ints sort, then a task returns a str among ints and
# sorted() raises TypeError: '<' not supported between instances of 'str' and 'int' (exit 1).
import asyncio


async def reading(i):
    await asyncio.sleep(0)
    return "err" if i == 6 else (i * 37) % 11


async def main():
    first = await asyncio.gather(*[reading(i) for i in range(6)])
    print(first, sorted(first), sorted(first, reverse=True))
    more = await asyncio.gather(*[reading(i) for i in range(4, 9)])
    print(more)
    print("not reached", sorted(more))


asyncio.run(main())
