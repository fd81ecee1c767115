# Functions (sync and async) that return an int on one path and a str (or None) on another.
import asyncio


def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return None
    return n * n


async def safe_div(a, b):
    await asyncio.sleep(0)
    if b == 0:
        return "undefined"
    if a % b == 0:
        return a // b
    return a / b


async def main():
    for n in range(-1, 3):
        c = classify(n)
        print(n, c, repr(c), c is None)
    rs = await asyncio.gather(safe_div(10, 2), safe_div(7, 2), safe_div(1, 0), safe_div(2 ** 80, 2 ** 40))
    print(rs)
    for r in rs:
        print(f"{r!r} -> {r}")
    total = 0
    for r in rs:
        if r != "undefined":
            total += r
    print(total)
    print(classify(3) + classify(4), classify(-5) + "!", classify(0) is None)


asyncio.run(main())
