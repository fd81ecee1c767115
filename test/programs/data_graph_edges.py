# A road network as a list of (a, b, km) tuples: tasks compute degrees, the total length per
# town, and shortest distances with a simple Dijkstra over a dict of dicts.
import asyncio

ROADS = [("ash", "bay", 7), ("ash", "cove", 9), ("ash", "fen", 14), ("bay", "cove", 10),
         ("bay", "dale", 15), ("cove", "dale", 11), ("cove", "fen", 2), ("dale", "elm", 6),
         ("elm", "fen", 9)]


async def build():
    adj = {}
    for a, b, km in ROADS:
        adj.setdefault(a, {})[b] = km
        adj.setdefault(b, {})[a] = km
    await asyncio.sleep(0)
    return adj


async def shortest(adj, source):
    dist = {source: 0}
    done = []
    while len(done) < len(adj):
        node = min((n for n in dist if n not in done), key=lambda n: (dist[n], n))
        done.append(node)
        for nxt, km in adj[node].items():
            if nxt not in dist or dist[node] + km < dist[nxt]:
                dist[nxt] = dist[node] + km
        await asyncio.sleep(0)
    return source, done, dist


async def main():
    adj = await build()
    degrees = sorted(((len(v), k) for k, v in adj.items()), reverse=True)
    print("degrees:", degrees)
    print("road km per town:", {t: sum(n.values()) for t, n in sorted(adj.items())})
    results = await asyncio.gather(*[shortest(adj, s) for s in ("ash", "elm")])
    for source, order, dist in results:
        print(source, "visit order:", order)
        print("   ", ", ".join(f"{t}={d}" for t, d in sorted(dist.items())))
    total = sum(km for _, _, km in ROADS)
    longest = max(ROADS, key=lambda r: r[2])
    print("network", total, "km; longest road", longest, "; towns", len(adj))


asyncio.run(main())
