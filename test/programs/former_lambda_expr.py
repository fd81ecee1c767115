# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    f = lambda x: x + 1
    print(f(1))


asyncio.run(main())
