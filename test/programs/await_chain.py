# A pipeline of awaits: each stage awaits the next; values flow back through replies.
import asyncio


async def parse(x):
    return x * 2


async def validate(x):
    v = await parse(x)
    if v > 10:
        return v - 10
    return v


async def store(x):
    v = await validate(x)
    print("stored", x, "->", v)
    return v


async def main():
    total = 0
    for i in range(8):
        total += await store(i)
    print("sum", total)


asyncio.run(main())
