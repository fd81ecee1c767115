# Recursive gcd and lcm in a formatted table; an async wrapper per row, rows gathered in order.
import asyncio


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def lcm(a, b):
    return a // gcd(a, b) * b


async def row(a):
    await asyncio.sleep(0)
    line = f"{a:>4} |"
    for b in range(6, 31, 6):
        line = line + f" {gcd(a, b):>3}/{lcm(a, b):<4}"
    print(line)
    return gcd(a, 360)


async def main():
    print(f"{'a':>4} |" + f"{'gcd/lcm with 6, 12, 18, 24, 30':^50}")
    print("-" * 55)
    g = await asyncio.gather(*[row(a) for a in range(4, 49, 11)])
    print("gcd with 360:", g)
    print(gcd(-12, 18), gcd(12, -18), lcm(21, 6), gcd(0, 0))


asyncio.run(main())
