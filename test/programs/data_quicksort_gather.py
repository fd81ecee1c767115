# Quicksort with list comprehensions: partitions sorted concurrently by gather.
import asyncio

calls = 0


async def quicksort(xs):
    global calls
    calls += 1
    if len(xs) < 2:
        return xs
    pivot = xs[len(xs) // 2]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    greater = [x for x in xs if x > pivot]
    lo, hi = await asyncio.gather(quicksort(less), quicksort(greater))
    return lo + equal + hi


async def main():
    data = [(i * 37 + 11) % 53 for i in range(40)] + [5, 5, 5]
    out = await quicksort(data)
    print(out)
    print("calls:", calls, "sorted:", out == sorted(data))
    names = ["mallory", "alice", "eve", "bob", "trent", "carol", "dave"]
    print(await quicksort(names))
    desc = (await quicksort([3.5, 1.25, 9.0, -2.0]))[::-1]
    print(desc, sorted([3.5, 1.25, 9.0, -2.0], reverse=True) == desc)


asyncio.run(main())
