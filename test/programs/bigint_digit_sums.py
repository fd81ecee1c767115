# Digit sums and digit counts of 2**1000, 3**500 and 100! computed with // and % by gathered tasks.
import asyncio


async def digit_sum(n):
    s = 0
    count = 0
    while n > 0:
        s += n % 10
        n //= 10
        count += 1
        if count % 100 == 0:
            await asyncio.sleep(0)
    return s


def fact(n):
    r = 1
    for k in range(2, n + 1):
        r *= k
    return r


async def main():
    sums = await asyncio.gather(digit_sum(2 ** 1000), digit_sum(3 ** 500), digit_sum(fact(100)), digit_sum(0))
    print(sums)
    print(len(str(2 ** 1000)), len(str(3 ** 500)), len(str(fact(100))))
    total = 0
    for s in sums:
        total += s
    print(total, total % 9, (2 ** 1000) % 9, sums[0] % 9)
    print(await digit_sum(10 ** 999), await digit_sum(10 ** 999 - 1))


asyncio.run(main())
