# Regression: a two-coroutine gather used as a list (r[0]) built its list with the old
# ai_list_new signature; also a gather inside a task-creating actor and an empty gather.
import asyncio


async def inner(i):
    await asyncio.sleep(0)
    return i


async def outer(n):
    t = asyncio.create_task(inner(n))
    r = await asyncio.gather(inner(n + 1), inner(n + 2))
    return r[0] + r[1] + await t


async def main():
    print(await asyncio.gather(*[outer(i) for i in range(3)]))
    await asyncio.gather()
    print("empty done")


asyncio.run(main())
