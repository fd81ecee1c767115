# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio
import math


async def main():
    print(math.pi)


asyncio.run(main())
