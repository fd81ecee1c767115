# ERROR: 8:11: error: printf-style string formatting (str % x) is not supported
# A str known at compile time formatted with %: refused where it is written (the run time would
# otherwise have to model printf-style formatting, which comes with the data-types issue).
import asyncio

async def main():
    s = "%d items"
    print(s % 5)

asyncio.run(main())
