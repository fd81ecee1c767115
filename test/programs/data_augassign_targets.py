# Augmented assignment to names, list items, dict values, nested subscripts and slices, with
# every operator; the tasks share a scoreboard dict of lists.
import asyncio

board = {"red": [0, 0], "blue": [0, 0]}
moves = 0


async def play(team, points):
    global moves
    for p in points:
        board[team][0] += p
        board[team][1] += 1
        moves += 1
        await asyncio.sleep(0)
    board[team][0] *= 2
    return team


async def main():
    await asyncio.gather(play("red", [3, 1, 4]), play("blue", [5, 9]))
    print(board, moves)
    x = 100
    x -= 1
    x //= 7
    x **= 2
    x %= 50
    x <<= 3
    x >>= 1
    x |= 1
    x ^= 0xF
    x &= 0xFF
    print(x)
    f = 1.0
    f /= 4
    f += 0.5
    f *= -3
    print(f)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    xs = [1, 2, 3]
    ys = xs
    xs += [4]
    xs *= 2
    print(xs, ys is xs)
    t = (1,)
    u = t
    t += (2,)
    print(t, u)
    grid = [[1, 2], [3, 4]]
    grid[1][0] += 10
    grid[0] += [5]
    d = {"k": {"n": 1}}
    d["k"]["n"] += 41
    d.setdefault("m", []).append(1)
    d["m"] += [2, 3]
    print(grid, d)


asyncio.run(main())
