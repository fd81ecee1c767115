# ERROR: 6:5: error: nested function is not supported
import asyncio


async def main():
    def helper():
        return 1
    print(helper())


asyncio.run(main())
