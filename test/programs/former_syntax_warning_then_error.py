# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
# A SyntaxWarning CPython prints at compile time comes out as a located warning line, before the
# located error (it was Python's raw warnings output).
import asyncio


async def main():
    x = 1
    "label"(x)


asyncio.run(main())
