# Producer/consumer through a shared list used as a queue: producers append jobs (dicts), the
# consumer pops from the front, both yield with sleep(0); the results are a list of tuples.
import asyncio

queue = []
results = []
finished = {"producers": 0}


async def producer(pid, jobs):
    for j in range(jobs):
        queue.append({"pid": pid, "job": j, "payload": list(range(j + pid))})
        await asyncio.sleep(0)
    finished["producers"] += 1


async def consumer(total_producers):
    handled = 0
    while finished["producers"] < total_producers or queue:
        if queue:
            item = queue.pop(0)
            results.append((item["pid"], item["job"], sum(item["payload"])))
            handled += 1
        await asyncio.sleep(0)
    return handled


async def main():
    c = asyncio.create_task(consumer(3))
    await asyncio.gather(producer(1, 3), producer(2, 2), producer(3, 4))
    handled = await c
    print("handled", handled, "left", len(queue), "done", c.done())
    for pid, job, s in results:
        print(f"producer {pid} job {job} sum {s}")
    per = {}
    for pid, _, s in results:
        per[pid] = per.get(pid, 0) + s
    print(per, max(per, key=lambda p: per[p]))


asyncio.run(main())
