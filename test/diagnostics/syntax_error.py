# ERROR: 5:16: error: invalid syntax
import asyncio


async def main(:
    print("x")
