# A big list split into slices, each summed (and squared-summed) by its own task; the partial
# results come back as tuples and are combined into mean and variance.
import asyncio
import math


async def partial(chunk_id, chunk):
    s = 0
    sq = 0
    for x in chunk:
        s += x
        sq += x * x
    await asyncio.sleep(0)
    return chunk_id, len(chunk), s, sq


async def main():
    data = [(i * i * 31 + 7 * i) % 1000 for i in range(1, 1001)]
    size = 128
    chunks = [data[i:i + size] for i in range(0, len(data), size)]
    parts = await asyncio.gather(*[partial(i, c) for i, c in enumerate(chunks)])
    for cid, n, s, sq in parts:
        print(f"chunk {cid}: n={n:3d} sum={s:6d} mean={s / n:7.2f}")
    n = sum(p[1] for p in parts)
    total = sum(p[2] for p in parts)
    total_sq = sum(p[3] for p in parts)
    mean = total / n
    var = total_sq / n - mean * mean
    print(n, total, f"{mean:.4f}", f"{var:.4f}", f"{math.sqrt(var):.4f}")
    print(total == sum(data), max(data), min(data), data.count(0))


asyncio.run(main())
