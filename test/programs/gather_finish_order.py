# Children of one gather finish in reverse order of their start; results stay in argument order,
# and the parent resumes only after the last one.
import asyncio


async def countdown(name, n):
    print("start", name)
    for i in range(n):
        await asyncio.sleep(0)
    print("done", name)
    return name


async def observer():
    for i in range(7):
        print("observer", i)
        await asyncio.sleep(0)
    return "observer"


async def main():
    obs = asyncio.create_task(observer())
    r = await asyncio.gather(countdown("a", 4), countdown("b", 2), countdown("c", 0))
    print(r)
    print(await obs)
    t0 = asyncio.create_task(countdown("t0", 3))
    t1 = asyncio.create_task(countdown("t1", 2))
    t2 = asyncio.create_task(countdown("t2", 1))
    print("tasks created")
    print(await t2, await t0, await t1)


asyncio.run(main())
