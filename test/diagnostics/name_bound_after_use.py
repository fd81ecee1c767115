# ERROR: 10:1: error: module-level name 'max' is bound after module-level code that uses it has run
import asyncio


async def main():
    print(max(1, 2))


asyncio.run(main())
max = 3
