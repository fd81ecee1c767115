# Compound interest in exact integers: balances scaled by 10**30, years of compounding, exact comparisons.
import asyncio

SCALE = 10 ** 30


async def grow(principal, rate_bp, years):
    bal = principal * SCALE
    for y in range(years):
        bal = bal * (10000 + rate_bp) // 10000
        if y % 10 == 9:
            await asyncio.sleep(0)
    return bal


def cents(scaled):
    return scaled * 100 // SCALE


async def main():
    accounts = await asyncio.gather(grow(1000, 500, 100), grow(1, 10000, 120), grow(250000, 325, 40))
    for b in accounts:
        c = cents(b)
        print(f"{c // 100:,}.{c % 100:02d}", len(str(b)), b % 97)
    doubled = await grow(1, 10000, 120)
    print(doubled == 2 ** 120 * SCALE, doubled // SCALE == 2 ** 120)
    ratio = accounts[0] / (1000 * SCALE)
    print(ratio, round(ratio), float(accounts[2] // SCALE))
    debt = -accounts[0]
    print(debt // 10 ** 33, debt % 10 ** 33, -debt // 10 ** 33)


asyncio.run(main())
