# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    point = (3, 4)
    print(point)


asyncio.run(main())
