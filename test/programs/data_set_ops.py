# Sets of ints: students enrolled in courses, compared with union/intersection/difference/
# symmetric_difference and the operators; tasks build each course's set.
import asyncio

ENROLL = {"math": [1, 2, 3, 5, 8, 13, 21], "physics": [2, 3, 5, 7, 11, 13], "art": [1, 4, 9, 16, 25],
          "music": [3, 5, 9, 25]}


async def course(name, ids):
    await asyncio.sleep(0)
    return name, set(ids)


async def main():
    sets = dict(await asyncio.gather(*[course(n, ids) for n, ids in ENROLL.items()]))
    m, p, a, mu = sets["math"], sets["physics"], sets["art"], sets["music"]
    print(m, p)
    print(m | p, m.union(p, a))
    print(m & p, m.intersection(p), m & p & mu)
    print(m - p, m.difference(p, mu), p - m)
    print(m ^ p, m.symmetric_difference(p))
    print(mu <= (m | a | p), mu.issubset(m), {3, 5} < mu, mu >= {9}, mu.issuperset({3, 4}))
    print(m.isdisjoint(a), a.isdisjoint({100}), len(m | p | a | mu))
    everyone = set()
    for s in sets.values():
        everyone |= s
    print(sorted(everyone), min(everyone), max(everyone), sum(everyone))
    counts = {}
    for s in sets.values():
        for student in s:
            counts[student] = counts.get(student, 0) + 1
    busy = {st for st, n in counts.items() if n >= 2}
    print(busy, sorted(busy, key=lambda st: (-counts[st], st)))
    m &= {1, 2, 3, 100}
    p -= {2, 3}
    a ^= {1, 2}
    print(m, p, a, set(), set([3, 1, 3]), {x % 4 for x in range(10)})


asyncio.run(main())
