# Flight records as tuples passed to tasks in lists; each task filters and transforms its list
# and returns a tuple of (airline, count, tuple of routes, average delay).
import asyncio

FLIGHTS = [
    ("AF", 1001, "CDG", "JFK", 35), ("BA", 117, "LHR", "JFK", -5), ("AF", 1680, "CDG", "NRT", 0),
    ("LH", 400, "FRA", "JFK", 12), ("BA", 9, "LHR", "BKK", 80), ("AF", 22, "CDG", "DKR", 15),
    ("LH", 716, "FRA", "HND", -2), ("BA", 283, "LHR", "LAX", 44),
]


async def airline_summary(code, flights):
    mine = [f for f in flights if f[0] == code]
    routes = tuple(f"{src}-{dst}" for _, _, src, dst, _ in mine)
    delays = [d for *_, d in mine]
    await asyncio.sleep(0)
    return code, len(mine), routes, sum(delays) / len(delays)


async def main():
    codes = sorted({f[0] for f in FLIGHTS})
    summaries = await asyncio.gather(*[airline_summary(c, FLIGHTS) for c in codes])
    for code, n, routes, avg in summaries:
        print(f"{code} {n} {avg:6.2f} {routes}")
    late = sorted((f for f in FLIGHTS if f[4] > 10), key=lambda f: f[4], reverse=True)
    for airline, number, src, dst, delay in late:
        print(f"  {airline}{number:<5} {src}->{dst} +{delay}")
    to_jfk = tuple(f[:2] for f in FLIGHTS if f[3] == "JFK")
    print(to_jfk, len(to_jfk))
    worst = max(summaries, key=lambda s: s[3])
    print("worst average:", worst[0], round(worst[3], 1))
    print(sorted(FLIGHTS)[0], sorted(FLIGHTS, key=lambda f: (f[2], -f[1]))[:2])


asyncio.run(main())
