# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    inf = float("inf")
    print(inf)


asyncio.run(main())
