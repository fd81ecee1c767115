# A deep chain of awaited child actors (each awaits the next).
import asyncio


async def down(n):
    if n == 0:
        return "bottom"
    s = await down(n - 1)
    if n % 100 == 0:
        print("level", n)
    return s


async def main():
    print(await down(500))


asyncio.run(main())
