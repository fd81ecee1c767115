# Tic-tac-toe boards (lists of strings) judged by tasks: rows, columns and diagonals checked
# with zip(*rows), sets and all(); the winner of each board is reported.
import asyncio

BOARDS = [
    ["XOX", "OXO", "OXX"],
    ["XXO", "OOX", "XOX"],
    ["OOO", "XX.", "X.."],
    ["X.O", "XO.", "X.."],
    ["...", ".X.", "..."],
]


async def judge(board):
    lines = list(board) + ["".join(col) for col in zip(*board)]
    lines.append("".join(board[i][i] for i in range(3)))
    lines.append("".join(board[i][2 - i] for i in range(3)))
    await asyncio.sleep(0)
    winners = sorted({line[0] for line in lines if line[0] != "." and len(set(line)) == 1})
    free = sum(row.count(".") for row in board)
    if winners:
        return winners[0], free
    return ("draw" if free == 0 else "open"), free


async def main():
    verdicts = await asyncio.gather(*[judge(b) for b in BOARDS])
    for board, (result, free) in zip(BOARDS, verdicts):
        print(" | ".join(board), "->", result, f"({free} free)")
    tally = {}
    for result, _ in verdicts:
        tally[result] = tally.get(result, 0) + 1
    print(tally)
    board = [list(row) for row in BOARDS[4]]
    for r, c, mark in [(0, 0, "O"), (2, 2, "X"), (0, 2, "O"), (0, 1, "X"), (2, 0, "O"), (1, 0, "X")]:
        board[r][c] = mark
    rows = ["".join(row) for row in board]
    print(rows, await judge(rows))


asyncio.run(main())
