# A list used as a queue between a producer and a consumer task, a recursive gather over slices, aliasing of nested lists, setdefault, and builtins with keywords.
import asyncio

async def producer(q, n):
    for i in range(n):
        q.append(i)
        await asyncio.sleep(0)
    q.append(None)

async def consumer(q, out):
    while True:
        if not q:
            await asyncio.sleep(0)
            continue
        item = q.pop(0)
        if item is None:
            break
        out.append(item * item)
    return sum(out)

async def split_sum(data, lo, hi):
    if hi - lo <= 2:
        return sum(data[lo:hi])
    mid = (lo + hi) // 2
    a, b = await asyncio.gather(split_sum(data, lo, mid), split_sum(data, mid, hi))
    return a + b

async def main():
    q, out = [], []
    _, total = await asyncio.gather(producer(q, 5), consumer(q, out))
    print(total, out, q)
    data = list(range(1, 11))
    print(await split_sum(data, 0, len(data)))
    grid = [[0] * 3 for _ in range(3)]
    grid[1][1] = 5
    alias = [[0] * 3] * 2
    alias[0][0] = 9
    print(grid, alias)
    d = {}
    d.setdefault("x", []).append(1)
    d.setdefault("x", []).append(2)
    print(d, {**d, "y": (1, 2)}, list(d.keys()), d.get("z", "none"))
    s = "Hello, World"
    print(s.lower().count("l"), s.split(", "), s[::-2], s.find("World"), s.replace("l", "L", 2))
    nums = [5, 3, 8, 1]
    nums.sort(key=lambda v: -v)
    print(nums, sorted(nums), nums.index(3), [n for n in nums if n % 2], tuple(reversed(nums)))
    x = 10
    x += 0.5
    print(x, divmod(17, 5), pow(3, 4, 5), round(2.675, 2), abs(-3), int("ff", 16), hex(255), 7 // -2)
    print(list(enumerate("ab", start=1)), dict(zip("ab", [1, 2])), set("hello") == {"h", "e", "l", "o"})
    print(min([3, 1, 2], default=0), max([], default="empty"), sum([[1], [2]], []), any([]), all([]))

asyncio.run(main())
