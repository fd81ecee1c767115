# ERROR: 3:1: error: import of 'os' is not supported (only asyncio, sys, time and math)
import asyncio
import os


async def main():
    print(os.getcwd())


asyncio.run(main())
