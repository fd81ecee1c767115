# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
import asyncio


async def main():
    word = "async"
    print(word[0])


asyncio.run(main())
