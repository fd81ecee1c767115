"""A UTF-8 source file that starts with a byte order mark."""
import asyncio


async def main():
    print("naïve", len("naïve"))


asyncio.run(main())
