# map and filter with lambdas and builtins over task results; list() of the lazy results.
import asyncio

RAW = ["  12", "7 ", "x", "-3", "40", "", "5.5", "008"]


async def clean(batch):
    await asyncio.sleep(0)
    stripped = list(map(lambda s: s.strip(), batch))
    return list(filter(lambda s: s.lstrip("-").isdigit(), stripped))


async def main():
    parts = await asyncio.gather(clean(RAW[:4]), clean(RAW[4:]))
    print(parts)
    numbers = list(map(int, parts[0] + parts[1]))
    print(numbers)
    print(list(map(abs, numbers)), list(map(str, numbers)), list(map(lambda a, b: a * b, numbers, range(10))))
    print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda n: n % 2, numbers)))
    squares = map(lambda n: n * n, numbers)
    print(sum(squares), sum(map(len, RAW)))
    words = "the Quick brown Fox".split()
    print(list(map(lambda w: w.upper(), words)), list(filter(lambda w: w[0].isupper(), words)))
    print(" ".join(map(lambda w: w[::-1], words)), max(map(len, words)))
    pairs = list(zip(numbers, map(lambda n: n % 3, numbers)))
    print(pairs, dict(map(lambda p: (p[0], p[1] == 0), pairs)))


asyncio.run(main())
