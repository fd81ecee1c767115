# Conditional expressions whose branches have different types (int, str, float, None, bool).
import asyncio


async def label(n):
    await asyncio.sleep(0)
    return n if n % 3 else "fizz"


async def main():
    out = await asyncio.gather(*[label(n) for n in range(1, 10)])
    print(out)
    for v in out:
        print(v, repr(v), v * 2)
    for n in range(-2, 3):
        r = "zero" if n == 0 else n * 1.5 if n > 0 else None
        print(n, r, f"{r!r:>8}", r is None)
    t = 1 if 2 ** 70 > 1e21 else "small"
    print(t, t + 1)
    s = True if t else 0
    print(s, s + 1, 0 if s else "x")


asyncio.run(main())
