# Transposing with zip(*rows), column sums computed by tasks, and a spreadsheet-like table.
import asyncio

SHEET = [
    ("jan", 120, 80, 35),
    ("feb", 98, 91, 40),
    ("mar", 143, 77, 52),
    ("apr", 110, 102, 38),
]


async def column_stats(name, values):
    await asyncio.sleep(0)
    return name, sum(values), min(values), max(values), sum(values) / len(values)


async def main():
    months, rent, food, fun = zip(*SHEET)
    print(months)
    print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(zip(*[])))
    stats = await asyncio.gather(column_stats("rent", rent), column_stats("food", food),
                                 column_stats("fun", fun))
    for name, total, lo, hi, mean in stats:
        print(f"{name:5} total={total:4d} lo={lo:3d} hi={hi:3d} mean={mean:6.2f}")
    totals = [sum(row[1:]) for row in SHEET]
    for (month, *values), total in zip(SHEET, totals):
        print(month, values, total)
    grid = [list(range(r * 4, r * 4 + 4)) for r in range(3)]
    flipped = [list(col) for col in zip(*grid)]
    print(grid)
    print(flipped)
    print([list(row) for row in zip(*flipped)] == grid)


asyncio.run(main())
