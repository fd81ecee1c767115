# A function that returns None on one path: adding 1 to its result raises TypeError (NoneType and int).
import asyncio


def half(n):
    if n % 2 == 0:
        return n // 2
    return None


async def main():
    acc = 0
    for n in range(0, 10, 2):
        acc += half(n)
    print(acc)
    r = half(7)
    print(r)
    print(r + 1)


asyncio.run(main())
