# ERROR: 7:12: error: assignment expression (:=) is not supported
import asyncio


async def main():
    n = 10
    while (k := n // 2) > 1:
        n = k
    print(n)


asyncio.run(main())
