# Sudoku validation: rows, columns and boxes of a 9x9 grid checked by separate tasks using sets
# of ints; the invalid units are reported.
import asyncio

GRID = """534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179"""


async def check_units(kind, units):
    bad = []
    for i, unit in enumerate(units):
        if set(unit) != set(range(1, 10)):
            missing = set(range(1, 10)) - set(unit)
            bad.append((kind, i, sorted(missing)))
    await asyncio.sleep(0)
    return kind, len(units), bad


async def validate(grid):
    rows = [list(r) for r in grid]
    cols = [list(c) for c in zip(*grid)]
    boxes = [[grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]
             for br in range(0, 9, 3) for bc in range(0, 9, 3)]
    return await asyncio.gather(check_units("row", rows), check_units("col", cols), check_units("box", boxes))


async def main():
    grid = [[int(ch) for ch in line] for line in GRID.splitlines()]
    for kind, n, bad in await validate(grid):
        print(kind, n, "ok" if not bad else bad)
    grid[4][4], grid[4][5] = grid[4][5], grid[4][4]
    grid[0][0] = 9
    for kind, n, bad in await validate(grid):
        print(kind, n, "ok" if not bad else bad)
    print(sum(grid[0]), sum(map(sum, grid)), {v for v in grid[0]} == set(range(1, 10)))


asyncio.run(main())
