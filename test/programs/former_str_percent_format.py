# Formerly refused (test/diagnostics); since issue 8 it runs with CPython's output.
# A str known at compile time formatted with %: refused where it is written (the run time would
# otherwise have to model printf-style formatting, which comes with the data-types issue).
import asyncio

async def main():
    s = "%d items"
    print(s % 5)

asyncio.run(main())
