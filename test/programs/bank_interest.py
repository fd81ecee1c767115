# Accounts accrue interest month by month concurrently; balances formatted as money with grouping.
import asyncio

MONTHS = 12
RATE = 0.0125


async def grow(name, balance, deposit):
    for m in range(MONTHS):
        balance = balance * (1 + RATE) + deposit
        if m % 4 == 3:
            print(f"{name:<8} month {m + 1:>2}: {balance:>12,.2f}")
        await asyncio.sleep(0)
    return balance


async def main():
    a, b, c = await asyncio.gather(grow("alice", 1000.0, 50.0), grow("bob", 250000.0, 0.0),
                                   grow("carol", 0.0, 1234.5))
    total = a + b + c
    print(f"total {total:,.2f} avg {total / 3:.3e} share {a / total:.2%}")
    print(f"richest {max(a, b, c):,.0f} poorest {min(a, b, c):,.0f}")


asyncio.run(main())
