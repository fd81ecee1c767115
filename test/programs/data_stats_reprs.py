# Per-row statistics by tasks; identity, reprs of floats, views, ranges and slices; stable sorting; map/filter with builtins; ends in a KeyError.
import asyncio
import math

async def stats(xs):
    n = len(xs)
    mean = sum(xs) / n
    var = sum((x - mean) ** 2 for x in xs) / n
    return {"n": n, "mean": round(mean, 3), "sd": round(math.sqrt(var), 3), "range": (min(xs), max(xs))}

async def main():
    rows = [[1.5, 2.25, 3.0], [10, 20, 35], [0.1, 0.2, 0.3]]
    res = await asyncio.gather(*[stats(r) for r in rows])
    for r in res:
        print(r, f"{r['mean']:.2f}", r["range"][0] < r["range"][1])
    a = [1, 2]
    b = a
    c = [1, 2]
    print(a is b, a is c, a == c, a is not c, None is None)
    d = {"k": [1.0, 1e20, 1e-5, float("inf")]}
    print(d, d.items(), d.keys(), d.values(), range(5), range(1, 10, 3), slice(1, None))
    pairs = sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: p[1])
    print(pairs, sorted("banana"), "".join(sorted(set("banana"))), [1, 2] < [1, 3], (1, "a") < (1, "b"))
    print(str([1, "a", None, True, 2.5, (1,), {}]), repr("it's"), repr('say "hi"'), [b"x", "é", "\n"])
    print(1 if [] else 2, [] or "empty", {"a": 1} and "yes", not {}, bool(()), len({1: 2, 3: 4}))
    print(int(3.9), int(-3.9), float("  2.5 "), str(10**20), 10**20 / 3, 2**0.5, -7 % 3, 7.5 // 2)
    print({"b": 1, "a": 2} == {"a": 2, "b": 1}, [0.1 + 0.2], sum([0.1] * 10), max("abc", "abd"))
    print([x for x in range(20) if x % 3 == 0 if x % 2 == 0], {x: x * x for x in range(3)})
    print(list(map(str.upper, ["a", "b"])), list(filter(lambda v: v > 1, [0, 1, 2, 3])), sorted([3, 1], reverse=True))
    raise_me = {"a": 1}
    print(raise_me["b"])

asyncio.run(main())
