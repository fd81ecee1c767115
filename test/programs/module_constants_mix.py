# Module-level constants of every kind, computed from other constants, read from sync and async code.
import asyncio

SCALE = 1000
RATE = 0.075
LABEL = "acct"
DEBUG = False
LIMIT = SCALE * 3 + 7
HALF = SCALE / 2
NEG = -SCALE // 7
TITLE = LABEL + "-" + "v2"


def fee(amount):
    return amount * RATE


async def account(i):
    await asyncio.sleep(0)
    balance = SCALE * (i + 1) - NEG
    if DEBUG:
        print("debug", i)
    return balance


async def main():
    print(SCALE, RATE, LABEL, DEBUG, LIMIT, HALF, NEG, TITLE)
    total = 0
    for i in range(3):
        b = await account(i)
        total += b
        print(f"{TITLE} {i}: {b:>6} fee {fee(b):8.3f}")
    print("total", total, total < LIMIT)


asyncio.run(main())
