# Nested lists flattened by recursive tasks (lists inside lists to any depth), with depth and
# leaf counts returned as tuples.
import asyncio

TREE = [1, [2, 3], [[4], [5, [6, 7]]], [], [[[[8]]]], 9, ["x", ["y", []]]]


async def flatten(node, depth):
    if not isinstance(node, list):
        return [node], depth
    parts = await asyncio.gather(*[flatten(child, depth + 1) for child in node])
    flat = []
    deepest = depth
    for items, d in parts:
        flat.extend(items)
        deepest = max(deepest, d)
    return flat, deepest


async def main():
    flat, deepest = await flatten(TREE, 0)
    print(flat)
    print("leaves", len(flat), "depth", deepest)
    numbers = [x for x in flat if isinstance(x, int)]
    print(numbers, sum(numbers), [x for x in flat if isinstance(x, str)])
    rows = [[1, 2], [3], [], [4, 5, 6]]
    print([x for row in rows for x in row], [len(r) for r in rows])
    print(sum(rows, []), [[x * 10 for x in r] for r in rows if r])
    pairs = [(i, j) for i in range(3) for j in range(i)]
    print(pairs)


asyncio.run(main())
