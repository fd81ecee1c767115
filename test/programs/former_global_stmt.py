# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio

COUNT = 0


async def main():
    global COUNT
    COUNT = 1
    print(COUNT)


asyncio.run(main())
