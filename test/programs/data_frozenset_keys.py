# Frozensets of ints as dict keys: which pairs of machines share a job, counted by tasks; also
# frozenset operators and equality with sets.
import asyncio

JOBS = [[1, 2], [2, 1], [3, 4], [1, 3], [4, 3], [2, 1], [5], [1, 2, 3]]


async def key_of(machines):
    await asyncio.sleep(0)
    return frozenset(machines)


async def main():
    keys = await asyncio.gather(*[key_of(j) for j in JOBS])
    counts = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    for k, n in counts.items():
        print(sorted(k), n)
    print(keys[0] == keys[1], keys[0] == {1, 2}, keys[0] in counts, frozenset({2, 1}) in counts)
    fs = frozenset([1, 2, 3])
    print(fs, fs | {9}, fs & frozenset([2, 3, 4]), fs - {1}, fs ^ {3, 4}, type(fs | {9}).__name__)
    print(frozenset(), len(fs), 2 in fs, fs.issubset(range(10)), fs.union([7]))
    pairs = {frozenset((a, b)) for a in range(3) for b in range(3) if a != b}
    print(len(pairs), sorted(sorted(p) for p in pairs))
    by_size = {}
    for k in counts:
        by_size.setdefault(len(k), []).append(sorted(k))
    print(by_size)


asyncio.run(main())
