# Binary search by hand over a sorted list of tuples (id, name); lookups run as tasks and report
# the number of probes.
import asyncio

RECORDS = sorted([(i * 13 % 97, "rec%02d" % (i * 13 % 97)) for i in range(40)])


async def lookup(key):
    lo, hi = 0, len(RECORDS) - 1
    probes = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        probes += 1
        k, name = RECORDS[mid]
        if k == key:
            return key, name, probes
        if k < key:
            lo = mid + 1
        else:
            hi = mid - 1
        await asyncio.sleep(0)
    return key, None, probes


async def insertion_point(xs, x):
    lo, hi = 0, len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


async def main():
    print(len(RECORDS), RECORDS[:3], RECORDS[-1])
    found = await asyncio.gather(*[lookup(k) for k in (0, 13, 26, 50, 96, 1, 100)])
    for key, name, probes in found:
        print(f"{key:3d} -> {name!s:6} in {probes} probes")
    xs = [1, 3, 3, 5, 8, 13]
    points = await asyncio.gather(*[insertion_point(xs, x) for x in (0, 3, 4, 13, 20)])
    print(points)
    for p, x in sorted(zip(points, (0, 3, 4, 13, 20)), reverse=True):
        xs.insert(p, x)
    print(xs, xs == sorted(xs))


asyncio.run(main())
