# A status board of download tasks: create_task for each file, a polling loop prints which are
# done each round, then result() of every task; the results are dicts with tuple ranges.
import asyncio

FILES = {"a.iso": 5, "b.zip": 2, "c.txt": 1, "d.bin": 3}


async def download(name, chunks):
    got = []
    for i in range(chunks):
        got.append((i * 100, i * 100 + 99))
        await asyncio.sleep(0)
    return {"name": name, "ranges": got, "bytes": 100 * chunks}


async def main():
    tasks = {name: asyncio.create_task(download(name, n)) for name, n in FILES.items()}
    tick = 0
    while True:
        states = ["#" if t.done() else "." for t in tasks.values()]
        print(f"tick {tick}: {''.join(states)}")
        if all(t.done() for t in tasks.values()):
            break
        await asyncio.sleep(0)
        tick += 1
    for name, t in tasks.items():
        r = t.result()
        print(name, r["bytes"], r["ranges"][-1], len(r["ranges"]))
    order = sorted(tasks, key=lambda n: (len(tasks[n].result()["ranges"]), n))
    print("smallest first:", order, "total", sum(t.result()["bytes"] for t in tasks.values()))


asyncio.run(main())
