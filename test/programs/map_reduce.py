# Map-reduce: a gather of mappers over chunks, then a tree of reducers.
import asyncio

CHUNKS = 6
SIZE = 50


async def mapper(c):
    s = 0
    for i in range(c * SIZE, (c + 1) * SIZE):
        s += i * i % 97
    await asyncio.sleep(0)
    return s


async def reduce_pair(a, b):
    return a + b


async def main():
    parts = await asyncio.gather(*[mapper(c) for c in range(CHUNKS)])
    print("parts", parts)
    x, y, z = await asyncio.gather(reduce_pair(parts[0], parts[1]), reduce_pair(parts[2], parts[3]),
                                   reduce_pair(parts[4], parts[5]))
    print("total", await reduce_pair(x, await reduce_pair(y, z)))


asyncio.run(main())
