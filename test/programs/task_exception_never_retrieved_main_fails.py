# main fails while a task it created has already failed unobserved: the traceback of main's
# exception comes first, then asyncio's report of the task (its last line ends stderr).
import asyncio


async def boom(i):
    print("boom", i)
    return i // 0


async def bad():
    await asyncio.sleep(0)
    return int(1e300 * 1e300)


async def main():
    t = asyncio.create_task(boom(1))
    await asyncio.sleep(0)
    print("main fails")
    return await bad()


asyncio.run(main())
