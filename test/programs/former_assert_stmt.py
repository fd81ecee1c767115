# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    n = 3
    assert n > 0
    print(n)


asyncio.run(main())
