# range and slice objects as values: stored in lists, passed to tasks, indexed, sliced, reversed,
# printed, compared; reversed() over lists, strings and ranges.
import asyncio


async def total(r):
    await asyncio.sleep(0)
    return r, len(r), sum(r)


async def main():
    ranges = [range(5), range(2, 20, 3), range(10, 0, -2), range(0), range(-5, 5)]
    for r, n, s in await asyncio.gather(*[total(r) for r in ranges]):
        print(f"{r!r:22} len={n:2d} sum={s:4d} list={list(r)[:6]}")
    r = range(3, 30, 4)
    print(r[0], r[-1], r[2:5], r[::-1], r[::2], 7 in r, 8 in r, r.index(11), r.count(15))
    print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5), list(range(5, 0)))
    print(list(reversed(range(4))), list(reversed([1, 2, 3])), "".join(reversed("stressed")))
    s = slice(1, 8, 2)
    data = list(range(10, 20))
    print(s, data[s], "abcdefghij"[s], s.start, s.stop, s.step, slice(3), slice(None, None, -1))
    cuts = [slice(0, 3), slice(3, 6), slice(6, None)]
    parts = await asyncio.gather(*[total(range(100)[c]) for c in cuts])
    print([p[0] for p in parts], [p[2] for p in parts])
    data[slice(0, 2)] = ["a", "b"]
    print(data, data[slice(-3, None)])
    for i in reversed(range(1, 4)):
        print("countdown", i)
    print(max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True), tuple(range(3)))


asyncio.run(main())
