# bool is an int subclass: counting passes with sum of bools, True + True, bools as indices and
# dict keys, comparisons chained into bools, computed over task results.
import asyncio

TESTS = [("parse", 12, 12), ("sum", 7, 8), ("sort", [1, 2], [1, 2]), ("fmt", "a", "A"), ("none", None, None)]


async def run(name, got, expected):
    await asyncio.sleep(0)
    return name, got == expected


async def main():
    results = await asyncio.gather(*[run(*t) for t in TESTS])
    passed = sum(ok for _, ok in results)
    print(results)
    print("passed", passed, "failed", len(results) - passed, "all", all(ok for _, ok in results))
    print(True + True, True * 10, -True, True / 2, True // 2, ~True, True << 3, True & False, True | 2)
    labels = ["fail", "pass"]
    print([labels[ok] for _, ok in results])
    tally = {True: 0, False: 0}
    for _, ok in results:
        tally[ok] += 1
    print(tally, {1: "one"}[True], {False: "zero"}.get(0))
    print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, (1 < 2) + (2 < 3), int(True), float(False), str(True))
    print(sum([True, False, True, True]), max(True, 0), min(False, -1), sorted([True, False, 2, -1]))
    print(isinstance(False, int), True == 1, False == 0, True is not False, type(True + 0).__name__)
    bits = [n % 3 == 0 for n in range(10)]
    print(bits, bits.count(True), bits.index(False))


asyncio.run(main())
