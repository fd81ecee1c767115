# Big factorials computed by separate tasks and gathered; digit counts via len(str(...)) and exact quotients.
import asyncio


async def factorial(n):
    acc = 1
    for k in range(2, n + 1):
        acc *= k
        if k % 25 == 0:
            await asyncio.sleep(0)
    return acc


async def main():
    fs = await asyncio.gather(*[factorial(n) for n in range(0, 101, 10)])
    for f in fs:
        print(len(str(f)), f)
    print(fs[10] // fs[9], fs[10] % fs[9], fs[5] * fs[5] == fs[10])
    t = asyncio.create_task(factorial(170))
    big = await t
    print(float(big), big // 10 ** 300, big % 1000003)
    print(fs[10] / fs[9], fs[2] / fs[1])


asyncio.run(main())
