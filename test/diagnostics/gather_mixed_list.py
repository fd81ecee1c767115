# ERROR: 14:11: error: a gather result used as a list must have one element type (unpack it instead)
import asyncio


async def num():
    return 1


async def text():
    return "a"


async def main():
    print(await asyncio.gather(num(), text()))


asyncio.run(main())
