"""Variables named like the compiler's hidden loop counters, SSA names and allocas (`__it0`,
`var0`, `one`, `ctx`, `arg0`, `v1`, `k1`...), non-ASCII names next to ASCII ones, nested loops,
and a global and a local of the same name."""
import asyncio

x = 10


def g():
    return x


def shadow():
    x = 20
    return x


async def loops():
    for i in range(3):
        __it0 = 5
        __it1 = 7
        for j in range(2):
            __it2 = i * 10 + j
            print(i, j, __it0, __it1, __it2)
    one = 1
    ctx = 2
    arg0 = 3
    c1 = 4
    v1 = 5
    k1 = 6
    s1 = 7
    r1 = 8
    for n in range(2):
        v12 = n
        print(one, ctx, arg0, c1, v1, k1, s1, r1, v12)


async def main():
    é = 1
    var0 = 2
    e = 3
    ĕ = 4
    print(é, var0, e, ĕ)
    await loops()
    print(g(), shadow(), x)


asyncio.run(main())
