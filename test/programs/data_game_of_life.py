# Conway's game of life on a small torus: each generation's rows are computed by separate
# tasks from the previous grid (a list of lists of ints).
import asyncio

GLIDER = [
    "........",
    "..#.....",
    "...#....",
    ".###....",
    "........",
    "........",
]


async def next_row(grid, r):
    h, w = len(grid), len(grid[0])
    row = []
    for c in range(w):
        n = sum(grid[(r + dr) % h][(c + dc) % w] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
        row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
    await asyncio.sleep(0)
    return row


async def main():
    grid = [[1 if ch == "#" else 0 for ch in line] for line in GLIDER]
    history = []
    for gen in range(5):
        alive = sum(map(sum, grid))
        cells = [(r, c) for r, row in enumerate(grid) for c, v in enumerate(row) if v]
        history.append(tuple(cells))
        print(f"gen {gen}: {alive} alive, top-left {min(cells)}")
        print("\n".join("".join("#" if v else "." for v in row) for row in grid))
        grid = await asyncio.gather(*[next_row(grid, r) for r in range(len(grid))])
    shifted = [(r + 1, c + 1) for r, c in history[0]]
    print(sorted(shifted) == sorted(history[4]), len(set(history)))


asyncio.run(main())
