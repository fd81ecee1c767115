# The deepest recursions CPython 3.11 allows (limit 1000, measured): the module body is frame 1,
# a task's coroutine (main, a create_task or gather child) frame 10.
import asyncio


def down(n):
    if n == 0:
        return 0
    return down(n - 1) + 1


async def adown(n):
    if n == 0:
        return 0
    return await adown(n - 1) + 1


async def mixed(n):
    if n == 0:
        return down(200)
    return await mixed(n - 1) + 1


async def in_task(n):
    return down(n)


async def bottom_print(n):
    if n == 0:
        print("bottom", str(n), f"{n:3d}")
        return 0
    return await bottom_print(n - 1) + 1


async def main():
    print(down(989))
    print(await adown(989))
    print(await mixed(788))
    t = asyncio.create_task(adown(990))
    print(await t)
    u = asyncio.create_task(in_task(989))
    print(await u)
    a, b = await asyncio.gather(adown(990), in_task(989))
    print(a, b)
    print(await bottom_print(987))
    return down(989)


print(down(998))
print(asyncio.run(main()))
