# Breadth-first search over an adjacency dict with a list as the queue; one task per start node,
# each returning a dict of distances and the path to the farthest node.
import asyncio

GRAPH = {
    1: [2, 3],
    2: [4],
    3: [4, 5],
    4: [6],
    5: [6, 7],
    6: [8],
    7: [8],
    8: [],
    9: [1],
}


async def bfs(start):
    dist = {start: 0}
    parent = {start: None}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in GRAPH[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                parent[nxt] = node
                queue.append(nxt)
        await asyncio.sleep(0)
    far = max(dist, key=lambda n: (dist[n], -n))
    path = []
    node = far
    while node is not None:
        path.append(node)
        node = parent[node]
    return start, dist, path[::-1]


async def main():
    results = await asyncio.gather(*[bfs(s) for s in (1, 3, 9, 8)])
    for start, dist, path in results:
        print(f"from {start}: reach {len(dist)} nodes, farthest path {path}")
        print("   ", dist)
    reach = {start: set(dist) for start, dist, _ in results}
    print(reach[1] - reach[3], reach[3] <= reach[1], reach[9] > reach[1], sorted(reach[9] ^ reach[3]))
    indeg = {n: 0 for n in GRAPH}
    for n, outs in GRAPH.items():
        for m in outs:
            indeg[m] += 1
    print("sources", [n for n, d in indeg.items() if d == 0], "sinks", [n for n, o in GRAPH.items() if not o])


asyncio.run(main())
