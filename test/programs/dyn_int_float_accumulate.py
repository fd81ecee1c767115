# An accumulator that switches between int and float (and back through int() / round()) as values arrive.
import asyncio


async def sample(k):
    await asyncio.sleep(0)
    if k % 4 == 3:
        return k / 4
    return k * 3


async def main():
    acc = 0
    for k in range(10):
        acc += await sample(k)
        print(k, acc, repr(acc))
    acc = int(acc)
    print(acc, acc * 10 ** 20)
    acc = acc / 3
    print(acc)
    acc = round(acc)
    print(acc, acc // 2, acc % 7)
    acc *= 0.5
    print(acc)
    acc = 2 ** 100
    acc += 0.5
    print(acc, acc == 2 ** 100)
    acc -= 2 ** 100
    print(acc)
    vals = await asyncio.gather(*[sample(k) for k in range(8)])
    s = 0
    for v in vals:
        s = s + v
    print(vals, s)


asyncio.run(main())
