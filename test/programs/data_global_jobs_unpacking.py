# Tasks bumping a global counter through a sync helper, grouping with setdefault, += on an alias, tuple and frozenset keys, starred displays and nested unpacking; ends in an IndexError.
import asyncio
import sys

CONFIG = {"retries": 3, "names": ["a", "b"]}
counter = 0


def bump():
    global counter
    counter += 1
    return counter


async def job(name, times):
    results = []
    for _ in range(times):
        results.append((name, bump()))
        await asyncio.sleep(0)
    return results


async def main():
    parts = await asyncio.gather(*(job(n, CONFIG["retries"]) for n in CONFIG["names"]))
    flat = [item for part in parts for item in part]
    print(flat, counter)
    by_name = {}
    for name, c in flat:
        by_name.setdefault(name, []).append(c)
    print(by_name, sorted(by_name.items(), key=lambda kv: sum(kv[1]), reverse=True))
    print("warn", file=sys.stderr)
    t = (1, [2, 3])
    t[1].append(4)
    print(t, t.count(1), len(sys.argv) >= 1)
    words = ["b", "a", "c"]
    w2 = words
    w2 += ["d"]
    words = words + ["e"]
    print(words, w2, words is w2)
    m = {(1, 2): "p", frozenset({1}): "f"}
    print(m[(1, 2)], m[frozenset([1])], (1, 2) in m)
    print([*range(3), *"ab"], {*range(2)}, (*"xy",))
    a, (b, c), *d = 1, (2, 3), 4, 5
    print(a, b, c, d)
    print(f"{counter=}" if False else f"c={counter:>4}", "%-5s|%+d" % ("ab", 5))
    print(CONFIG["names"][5])


if __name__ == "__main__":
    asyncio.run(main())
