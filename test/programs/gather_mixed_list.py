# A gather result holding an int and a str, printed as a list.
import asyncio


async def num():
    return 1


async def text():
    return "a"


async def main():
    print(await asyncio.gather(num(), text()))


asyncio.run(main())
