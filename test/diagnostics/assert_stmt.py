# ERROR: 7:5: error: assert statement is not supported
import asyncio


async def main():
    n = 3
    assert n > 0
    print(n)


asyncio.run(main())
