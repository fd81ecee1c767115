# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    d = {"a": 1}
    print(d)


asyncio.run(main())
