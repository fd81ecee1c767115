# ERROR: 3:1: error: import of 'math' is not supported (only 'import asyncio')
import asyncio
import math


async def main():
    print(math.pi)


asyncio.run(main())
