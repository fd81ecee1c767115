# Sync helpers called from async code and async code awaiting results that used them.
import asyncio


def clamp(v, lo, hi):
    return max(lo, min(v, hi))


def describe(v):
    if v < 0:
        return "negative"
    elif v == 0:
        return "zero"
    elif v < 10:
        return "small"
    return "large"


async def classify(v):
    c = clamp(v, -5, 50)
    return describe(c) + ":" + str(c)


async def main():
    for v in range(-10, 70, 15):
        print(v, await classify(v))


asyncio.run(main())
