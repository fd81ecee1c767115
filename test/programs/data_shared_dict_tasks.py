# Several tasks mutate one shared dict: each owns its own keys and they all bump a common
# "total" entry; the key order of the dict records the interleaving of the tasks.
import asyncio

stats = {"total": 0}


async def tally(name, values):
    for v in values:
        stats[name] = stats.get(name, 0) + v
        stats["total"] += v
        await asyncio.sleep(0)
        stats[name + "_seen"] = stats.get(name + "_seen", 0) + 1
    return name, stats[name]


async def main():
    results = await asyncio.gather(tally("a", [1, 2, 3]), tally("b", [10, 20]), tally("c", [100]))
    print(results)
    print(stats)
    print(sorted(stats.items(), key=lambda kv: kv[1]))
    keys = [k for k in stats if k.endswith("_seen")]
    print(keys, sum(stats[k] for k in keys))
    print(stats["total"] == sum(v for k, v in stats.items() if len(k) == 1))


asyncio.run(main())
