# 1 + "a" through dynamically typed values: the loop works while the types agree, then TypeError ends the program.
import asyncio


async def item(k):
    await asyncio.sleep(0)
    if k < 3:
        return k * 10 ** 20
    return "a"


async def main():
    total = 1
    for k in range(5):
        v = await item(k)
        print(k, total, repr(v))
        total = total + v
    print("not reached", total)


asyncio.run(main())
