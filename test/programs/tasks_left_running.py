# Tasks main never awaits: one finishes before main returns, the others are cancelled by asyncio.run
# (a cancelled task prints nothing more), and one is created just before main returns and never starts.
import asyncio


async def background(name, steps):
    for i in range(steps):
        print(name, "step", i)
        await asyncio.sleep(0)
    print(name, "finished")
    return steps


async def main():
    asyncio.create_task(background("short", 1))
    asyncio.create_task(background("long", 50))
    for i in range(4):
        print("main", i)
        await asyncio.sleep(0)
    asyncio.create_task(background("late", 1))
    print("main returns")
    return 0


asyncio.run(main())
print("loop closed")
