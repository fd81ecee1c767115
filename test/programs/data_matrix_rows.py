# Matrix product with the rows of the result split across tasks; the matrices are lists of
# lists passed to the tasks, each task returns its row index and row.
import asyncio

A = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
B = [[1, 0, 2, -1], [0, 1, 3, 2], [-2, 1, 0, 1]]


async def row_times(i, row, matrix):
    await asyncio.sleep(0)
    cols = len(matrix[0])
    return i, [sum(row[k] * matrix[k][j] for k in range(len(row))) for j in range(cols)]


async def main():
    rows = await asyncio.gather(*[row_times(i, r, B) for i, r in enumerate(A)])
    product = [row for _, row in sorted(rows)]
    for row in product:
        print(" ".join(f"{v:4d}" for v in row))
    trace = sum(product[i][i] for i in range(min(len(product), len(product[0]))))
    print("trace", trace, "max", max(max(r) for r in product), "min", min(min(r) for r in product))
    identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
    same = await asyncio.gather(*[row_times(i, r, identity) for i, r in enumerate(A)])
    print(all(row == A[i] for i, row in same))
    scaled = [[2 * v for v in row] for row in A]
    print(scaled[1:3], [row[-1] for row in scaled])


asyncio.run(main())
