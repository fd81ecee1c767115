# A three-stage pipeline: each item is fetched, transformed and stored by awaited stages, items in parallel.
import asyncio

ITEMS = 6


async def fetch(i):
    await asyncio.sleep(0)
    print(f"fetch  {i}")
    return i * 3 + 1


async def transform(i, raw):
    await asyncio.sleep(0)
    out = raw * raw % 97
    print(f"xform  {i}: {raw:>3} -> {out:>3}")
    return out


async def store(i, value):
    await asyncio.sleep(0)
    print(f"store  {i}: {value}")
    return value % 10


async def handle(i):
    raw = await fetch(i)
    value = await transform(i, raw)
    return await store(i, value)


async def main():
    codes = await asyncio.gather(*[handle(i) for i in range(ITEMS)])
    print("codes", codes)
    total = 0
    for k in range(ITEMS):
        total += codes[k]
    print(f"checksum {total:04d}")


asyncio.run(main())
