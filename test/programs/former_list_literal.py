# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    xs = [1, 2, 3]
    print(xs)


asyncio.run(main())
