# ERROR: 8:5: error: function 'pick' returns both int and str: this is not supported
import asyncio


def pick(n):
    if n > 0:
        return n
    return "none"


async def main():
    print(pick(1))


asyncio.run(main())
