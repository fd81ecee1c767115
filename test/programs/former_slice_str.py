# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    s = "hello"
    print(s[1:3])


asyncio.run(main())
