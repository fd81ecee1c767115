# Tasks that fail and whose exception nobody retrieves (never awaited, never gathered): asyncio
# reports each on stderr ("Task exception was never retrieved") when the task is collected — in
# the order the tasks were created — and the program still exits 0. An awaited failed task or a
# gathered one is retrieved; a task still running when main ends is cancelled, not reported.
# (Reported in creation order: right for tasks whose creator outlives their failure.)
import asyncio


async def slow():
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("slow fails")
    return 1 // 0


async def fast():
    print("fast fails")
    return int(1e300 * 1e300)


async def never_finishes():
    for i in range(100):
        await asyncio.sleep(0)
    return 1 % 0


async def also_fails():
    print("also fails")
    return 2 // 0


async def main():
    t = asyncio.create_task(slow())
    u = asyncio.create_task(fast())
    v = asyncio.create_task(never_finishes())
    w = asyncio.create_task(also_fails())
    await asyncio.sleep(0)
    x = 7
    for i in range(4):
        await asyncio.sleep(0)
    print("end", x)


asyncio.run(main())
print("after run")
