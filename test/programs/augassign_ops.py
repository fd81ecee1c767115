# Augmented assignment with every arithmetic operator on ints and floats, in loops and across awaits.
import asyncio


async def bump(x):
    await asyncio.sleep(0)
    return x + 1


async def main():
    a = 100
    a += 7
    a -= 10
    a *= 3
    a //= 4
    a %= 50
    a **= 2
    print("int", a)
    f = 2.5
    f += 1
    f *= -2
    f /= 4
    f //= 0.3
    f %= 1.25
    f -= 0.125
    print("float", f)
    s = "ab"
    s += "cd"
    s *= 2
    print("str", s)
    n = 0
    for i in range(5):
        n += await bump(i)
        n -= i // 2
    print("awaited", n)


asyncio.run(main())
