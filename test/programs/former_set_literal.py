# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    seen = {1, 2, 3}
    print(seen)


asyncio.run(main())
