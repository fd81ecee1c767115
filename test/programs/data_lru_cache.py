# An LRU cache built on dict insertion order: a hit moves the key to the end (pop and
# re-insert), eviction removes next(iter(cache)); tasks look keys up concurrently.
import asyncio

CAPACITY = 3
cache = {}
stats = {"hit": 0, "miss": 0, "evict": 0}
evicted = []


async def slow_square(n):
    await asyncio.sleep(0)
    return n * n


async def get(n):
    if n in cache:
        stats["hit"] += 1
        value = cache.pop(n)
        cache[n] = value
        return value
    stats["miss"] += 1
    value = await slow_square(n)
    if n not in cache and len(cache) >= CAPACITY:
        oldest = next(iter(cache))
        del cache[oldest]
        evicted.append(oldest)
        stats["evict"] += 1
    cache[n] = value
    return value


async def main():
    for n in [1, 2, 3, 1, 4, 2, 5, 1]:
        v = await get(n)
        print(f"get({n}) = {v:2d} cache {list(cache)}")
    batch = await asyncio.gather(*[get(n) for n in [6, 6, 1, 7]])
    print(batch, list(cache.items()))
    print(stats, evicted, len(cache) <= CAPACITY)


asyncio.run(main())
