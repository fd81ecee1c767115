# List operators: + * == != < <= in, nested comparison, and lists of lists built by tasks.
import asyncio


async def build(n):
    await asyncio.sleep(0)
    return [i * n for i in range(4)]


async def main():
    rows = await asyncio.gather(*[build(n) for n in range(1, 5)])
    print(rows)
    a, b = rows[0], rows[1]
    print(a + b, a * 2, 2 * [0], [] * 5, a == [0, 1, 2, 3], a != b)
    print(a < b, b < a, [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 99], [] < [0], [2] <= [2])
    print(6 in b, 5 in b, [0, 2] in rows, [0, 1, 2, 3] in rows, 4 not in a)
    print(sorted(rows, reverse=True)[0], max(rows), min(rows))
    print([[1, "a"], [1, "b"]] < [[1, "b"]], [(1, 2), (0, 9)] > [(1, 2)], [1.0, 2] == [1, 2.0])
    nested = [rows, [a]]
    print(nested[0][2][3], len(nested), nested == [rows, [[0, 1, 2, 3]]])
    grown = []
    for r in rows:
        grown = grown + r[-1:]
    print(grown, grown * 0, list(reversed(grown)))


asyncio.run(main())
