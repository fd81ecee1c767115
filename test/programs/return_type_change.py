# A function returning an int on one path and a str on another: both paths are taken.
import asyncio


def pick(n):
    if n > 0:
        return n
    return "none"


async def main():
    print(pick(1), pick(0))


asyncio.run(main())
