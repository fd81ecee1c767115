# Awaits inside while loops (safepoints on back-edges and before each receive).
import asyncio


async def dec(n):
    await asyncio.sleep(0)
    return n - 1


async def countdown(name, n):
    while n > 0:
        n = await dec(n)
        if n % 2 == 1:
            continue
        print(name, n)
    return name


async def main():
    print(await asyncio.gather(countdown("x", 6), countdown("y", 4)))


asyncio.run(main())
