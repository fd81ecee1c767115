# Module-level constants used from sync and async functions.
import asyncio

SCALE = 3
RATE = 0.25
NAME = "const"
DEBUG = False


def scaled(v):
    return v * SCALE


async def main():
    print(NAME, scaled(7), RATE * 4, DEBUG)
    if not DEBUG:
        print(f"{NAME}: {scaled(2) + SCALE} {RATE:.2f}")


asyncio.run(main())
