# An await chain 500 coroutines deep (direct awaits), with sleeps at the bottom and on the way up.
import asyncio


async def down(n):
    if n == 0:
        await asyncio.sleep(0)
        return 0
    v = await down(n - 1)
    if n % 100 == 0:
        print("unwinding", n, v)
        await asyncio.sleep(0)
    return v + n


async def main():
    print("sum", await down(500))
    a, b = await asyncio.gather(down(150), down(250))
    print(a, b)


asyncio.run(main())
