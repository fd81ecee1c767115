# Log lines classified by tasks: partition on the level separator, startswith with a tuple,
# counts per level in a shared dict, the slowest request found with max(key=).
import asyncio

LOG = [
    "2024-01-01 10:00:01 INFO  GET /index 12ms",
    "2024-01-01 10:00:02 WARN  GET /search 340ms",
    "2024-01-01 10:00:02 INFO  POST /login 45ms",
    "2024-01-01 10:00:03 ERROR GET /admin 5ms",
    "2024-01-01 10:00:04 INFO  GET /static/app.js 3ms",
    "2024-01-01 10:00:05 DEBUG cache warm",
    "2024-01-01 10:00:06 ERROR POST /upload 1200ms",
    "2024-01-01 10:00:07 INFO  GET /index 9ms",
]

levels = {}


async def parse(line):
    date, _, rest = line.partition(" ")
    clock, _, rest = rest.partition(" ")
    level, _, message = rest.partition(" ")
    levels[level] = levels.get(level, 0) + 1
    await asyncio.sleep(0)
    message = message.strip()
    if message.startswith(("GET ", "POST ")):
        method, path, ms = message.split()
        return (clock, method, path, int(ms.rstrip("ms")))
    return (clock, "-", message, 0)


async def main():
    entries = await asyncio.gather(*[parse(l) for l in LOG])
    print("levels:", levels)
    requests = [e for e in entries if e[1] != "-"]
    print("requests:", len(requests), "other:", len(entries) - len(requests))
    slow = max(requests, key=lambda e: e[3])
    print("slowest: %s %s at %s took %dms" % (slow[1], slow[2], slow[0], slow[3]))
    by_path = {}
    for clock, method, path, ms in requests:
        by_path.setdefault(path, []).append(ms)
    for path in sorted(by_path):
        times = by_path[path]
        print(f"  {path:<16} n={len(times)} avg={sum(times) / len(times):7.1f}")
    statics = [p for p in by_path if p.endswith((".js", ".css"))]
    print("static:", statics, "errors:", levels.get("ERROR", 0))


asyncio.run(main())
