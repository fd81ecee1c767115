# Several tasks append to one global list while yielding: the interleaving is asyncio's
# round robin, and the log shows it.
import asyncio

events = []


async def worker(name, n):
    for i in range(n):
        events.append((name, i))
        await asyncio.sleep(0)
    events.append((name, "done"))
    return name.upper()


async def main():
    names = await asyncio.gather(worker("a", 3), worker("b", 1), worker("c", 2))
    print(names)
    for e in events:
        print(e)
    print(len(events), sum(1 for name, i in events if i == "done"))
    order = [name for name, i in events if i != "done"]
    print("".join(order))
    t = asyncio.create_task(worker("d", 2))
    events.append(("main", "spawned"))
    await t
    print(events[-4:])


asyncio.run(main())
