"""Python's scopes: a parameter, a local, a user function or a module constant named like a builtin
shadows it; the builtin still works elsewhere; a comprehension variable does not leak."""
import asyncio

min = 5
i = 100


def max(a, b):
    return a - b


def count(len):
    return len + 1


def loop_total():
    total = 0
    for k in range(4):
        total += k
    return total


def uses_real_len(s):
    return len(s)


async def sq(n):
    return n * n


async def main():
    print(max(1, 2), count(3), min + 1, uses_real_len("abcd"))
    print(loop_total())
    r = await asyncio.gather(*[sq(i) for i in range(4)])
    print(r, i)
    str = "shadowed"
    print(str, abs(-3))


asyncio.run(main())
