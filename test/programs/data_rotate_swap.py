# Rotating and swapping: list rotation by slicing, in-place swaps through tuple assignment
# (a bubble sort and a reversal run as tasks on their own lists), and a rotating queue.
import asyncio


async def bubble(xs):
    xs = list(xs)
    swaps = 0
    for end in range(len(xs) - 1, 0, -1):
        for i in range(end):
            if xs[i] > xs[i + 1]:
                xs[i], xs[i + 1] = xs[i + 1], xs[i]
                swaps += 1
        await asyncio.sleep(0)
    return xs, swaps


async def reverse_in_place(xs):
    i, j = 0, len(xs) - 1
    while i < j:
        xs[i], xs[j] = xs[j], xs[i]
        i, j = i + 1, j - 1
    await asyncio.sleep(0)
    return xs


async def main():
    data = [5, 2, 9, 1, 5, 6, 0, 3]
    (s, n), r = await asyncio.gather(bubble(data), reverse_in_place(data))
    print(s, n, r, data)
    ring = list("ABCDE")
    for k in range(1, 4):
        print(k, ring[k:] + ring[:k], ring[-k:] + ring[:-k])
    players = ["ann", "bob", "cy"]
    turns = []
    for _ in range(7):
        current = players.pop(0)
        turns.append(current)
        players.append(current)
    print(turns, players)
    a, b = 0, 1
    for _ in range(10):
        a, b = b, a + b
    print(a, b)
    m = [[1, 2], [3, 4]]
    m[0][1], m[1][0] = m[1][0], m[0][1]
    print(m)


asyncio.run(main())
