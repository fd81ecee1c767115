# ERROR: 7:11: error: this precision is not supported
import asyncio


async def main():
    x = 1.5
    print(f"{x:.100000001f}")


asyncio.run(main())
