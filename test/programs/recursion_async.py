# Async recursion: each await spawns a child actor and receives its reply.
import asyncio


async def depth_sum(n):
    if n == 0:
        return 0
    return n + await depth_sum(n - 1)


async def power(base, e):
    if e == 0:
        return 1.0
    half = await power(base, e // 2)
    if e % 2 == 0:
        return half * half
    return half * half * base


async def main():
    print(await depth_sum(100))
    print(await power(1.5, 10), await power(2.0, 0))


asyncio.run(main())
