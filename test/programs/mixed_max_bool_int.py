# max() of a bool and an int returns the first maximal argument itself (True, not 1).
import asyncio


async def main():
    flag, n = True, 0
    print(max(flag, n))


asyncio.run(main())
