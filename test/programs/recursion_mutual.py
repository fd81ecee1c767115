# Mutual recursion (sync and async), deep sync recursion, and recursion through gather.
import asyncio


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


async def ping(n):
    if n == 0:
        return "ping"
    return await pong(n - 1)


async def pong(n):
    if n == 0:
        return "pong"
    return await ping(n - 1)


async def tree_sum(lo, hi):
    if hi - lo <= 4:
        s = 0
        for i in range(lo, hi):
            s += i * i
        return s
    mid = (lo + hi) // 2
    a, b = await asyncio.gather(tree_sum(lo, mid), tree_sum(mid, hi))
    return a + b


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


async def main():
    print(is_even(10), is_odd(7), is_even(301))
    print(ackermann(2, 3), ackermann(3, 3))
    print(await ping(5), await ping(6), await pong(11))
    print(await tree_sum(0, 1000))
    print(depth(900))


asyncio.run(main())
