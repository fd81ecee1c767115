# range() whose span (stop - start) needs 64 bits: the trip count is computed without overflow.
import asyncio

MIN = -9223372036854775807 - 1
MAX = 9223372036854775807


async def count(a, b, step):
    n = 0
    last = 0
    for i in range(a, b, step):
        n += 1
        last = i
    return f"{n} items, last {last}"


async def half(k):
    return k // 2


async def main():
    for i in range(MIN, MAX, 4611686018427387904):
        print(i)
    for i in range(MAX, MIN, -4611686018427387904):
        print(i)
    for i in range(5, MIN, -MAX):
        print(i)
    for i in range(MIN, MAX, MAX):
        print(i)
    for i in range(MAX, MIN, MIN):
        print(i)
    for i in range(MIN, MIN + 3):
        print(i)
    for i in range(MAX - 2, MAX):
        print(i)
    print(await count(MIN, MAX, 2 ** 61))
    print(await count(MAX, MIN, -(2 ** 61)))
    print(await count(MIN, 0, MAX))
    print(await count(0, MIN, MIN))
    print(await count(MAX, MIN, 1))
    print(await count(MIN, MAX, -1))
    print(-9223372036854775808 == MIN, -9223372036854775808, -(-9223372036854775807))
    print(await count(-3, 4, 3), await count(4, -3, -3), await count(0, 0, 5), await count(1, 0, 1))
    tasks = await asyncio.gather(*[half(k) for k in range(MIN, MAX, 6148914691236517205)])
    print(tasks)


asyncio.run(main())
