# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    total = 0
    for ch in "abc":
        total += 1
    print(total)


asyncio.run(main())
