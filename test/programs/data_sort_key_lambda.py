# Results collected with gather then sorted in several ways with key=lambda and reverse=;
# the sort is stable, so ties keep their gather order.
import asyncio

PLAYERS = [("kim", 31, 88.5), ("lee", 25, 92.0), ("ann", 31, 75.25), ("bob", 22, 92.0),
           ("zoe", 25, 60.0), ("max", 40, 88.5)]


async def score(name, age, base):
    await asyncio.sleep(0)
    bonus = 5 if age < 30 else 0
    return {"name": name, "age": age, "score": base + bonus}


async def main():
    rows = await asyncio.gather(*[score(*p) for p in PLAYERS])
    by_score = sorted(rows, key=lambda r: r["score"], reverse=True)
    print([r["name"] for r in by_score])
    by_age_then_name = sorted(rows, key=lambda r: (r["age"], r["name"]))
    print([(r["age"], r["name"]) for r in by_age_then_name])
    by_age_desc_score = sorted(rows, key=lambda r: (-r["age"], r["score"]))
    print([r["name"] for r in by_age_desc_score])
    stable = sorted(rows, key=lambda r: r["age"] // 10)
    print([(r["age"] // 10, r["name"]) for r in stable])
    names = [r["name"] for r in rows]
    names.sort(key=lambda n: n[-1])
    print(names)
    print(sorted(PLAYERS, key=lambda p: p[2]), sorted([3, -1, 2, -5], key=abs))
    print(sorted("Banana apple Cherry date".split()), sorted("Banana apple Cherry date".split(), key=lambda s: s.lower()))
    best = max(rows, key=lambda r: (r["score"], r["name"]))
    worst = min(rows, key=lambda r: r["score"])
    print(best["name"], worst["name"], sorted(rows, key=lambda r: r["score"])[0] == worst)


asyncio.run(main())
