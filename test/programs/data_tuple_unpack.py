# Tuple packing and unpacking: starred targets, nested targets in for loops, swaps, and tasks
# returning tuples that are unpacked at the await.
import asyncio

ORDERS = [("A-1", ("ann", "paris"), [3, 4, 5]), ("B-2", ("bob", "rome"), [10]),
          ("C-3", ("cy", "oslo"), [1, 1, 2, 3, 5])]


async def summarize(order):
    code, (who, where), qtys = order
    first, *rest = qtys
    await asyncio.sleep(0)
    return code, who, where, first, rest, sum(qtys)


async def main():
    results = await asyncio.gather(*[summarize(o) for o in ORDERS])
    for code, who, where, first, rest, total in results:
        print(f"{code} {who:4} {where:6} first={first} rest={rest} total={total}")
    for code, (who, where), [q0, *more] in ORDERS:
        print(code, who[0], where[-1], q0, len(more))
    head, *middle, tail = range(6)
    print(head, middle, tail)
    *init, last = "abc"
    print(init, last)
    a, b, c = 1, 2, 3
    a, b, c = c, a, b
    print(a, b, c)
    (x, y), z = (10, 20), 30
    print(x + y + z)
    point = 3, 4
    px, py = point
    print(point, px * py, type(point).__name__)
    for i, (k, v) in enumerate(sorted({"b": 2, "a": 1}.items())):
        print(i, k, v)
    pairs = [(1, 2), (3, 4), (5, 6)]
    left, right = zip(*pairs)
    print(left, right, [(b, a) for a, b in pairs])
    singleton = (42,)
    (only,) = singleton
    print(singleton, only, (), len(()), tuple("hi"), tuple([1, [2]]))


asyncio.run(main())
