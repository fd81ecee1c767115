# Conditional expressions, nested and inside f-strings and call arguments.
import asyncio


def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"


async def grade(score):
    await asyncio.sleep(0)
    return "A" if score >= 90 else ("B" if score >= 80 else "C")


async def main():
    for x in range(-1, 2):
        print(x, sign(x), f"{'even' if x % 2 == 0 else 'odd'}")
    print(await grade(95), await grade(85), await grade(10))
    n = 7
    m = n * 2 if n > 5 else n - 2
    print(m, max(n if n > 3 else 0, 4), 1.5 if m else 0.5)


asyncio.run(main())
