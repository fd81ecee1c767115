# Tasks created with create_task, polled with done() while the main task yields, and read with
# result() once finished; the results are lists and dicts.
import asyncio


async def crunch(name, n):
    squares = []
    for i in range(n):
        squares.append(i * i)
        await asyncio.sleep(0)
    return {"name": name, "squares": squares, "total": sum(squares)}


async def main():
    tasks = [asyncio.create_task(crunch(f"t{n}", n)) for n in (4, 1, 3)]
    print([t.done() for t in tasks])
    rounds = 0
    while not all(t.done() for t in tasks):
        await asyncio.sleep(0)
        rounds += 1
        print(rounds, [t.done() for t in tasks])
    for t in tasks:
        r = t.result()
        print(r["name"], r["squares"], r["total"])
    results = [t.result() for t in tasks]
    best = max(results, key=lambda r: r["total"])
    print("largest:", best["name"], sum(r["total"] for r in results))
    again = await tasks[0]
    print(again == tasks[0].result(), tasks[0].done())


asyncio.run(main())
