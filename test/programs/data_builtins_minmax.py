# min and max with key= and default=, over lists, dicts, strings and generator expressions
# gathered from tasks.
import asyncio

STOCKS = {"acme": [10.5, 11.0, 9.75, 12.25], "bolt": [55.0, 54.5, 56.0], "crux": [], "dyna": [3.3, 3.1]}


async def extremes(name, prices):
    await asyncio.sleep(0)
    return name, min(prices, default=None), max(prices, default=None), len(prices)


async def main():
    rows = await asyncio.gather(*[extremes(n, p) for n, p in STOCKS.items()])
    for name, lo, hi, n in rows:
        print(f"{name}: lo={lo} hi={hi} n={n}")
    traded = [r for r in rows if r[3]]
    print(max(traded, key=lambda r: r[2] - r[1])[0], min(traded, key=lambda r: r[1])[0])
    print(max(STOCKS), min(STOCKS), max(STOCKS, key=lambda k: len(STOCKS[k])))
    print(max(3, 7, 5), min(3, 7, 5), max([1, 2], [1, 3]), min("hello"), max("hello"))
    print(max([], default="empty"), min((x for x in [] if x), default=0), max(-1, -1.0), min(-1.0, -1))
    words = ["kiwi", "fig", "banana", "apple", "plum"]
    print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]))
    print(max(range(10), key=lambda x: (x % 4, -x)), min(enumerate(words), key=lambda p: p[1]))
    print(max(x * x for x in range(-5, 3)), min(abs(x - 7) for x in [1, 9, 4, 13]))


asyncio.run(main())
