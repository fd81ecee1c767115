# Tuples as version numbers and records: comparison, sorting, count/index, hashing as dict keys.
import asyncio

RELEASES = ["1.10.0", "1.2.3", "1.2.10", "2.0", "0.9.9", "1.2", "2.0.0", "1.10"]


async def parse_version(text):
    await asyncio.sleep(0)
    return tuple(int(part) for part in text.split("."))


async def main():
    versions = await asyncio.gather(*[parse_version(r) for r in RELEASES])
    print(versions)
    print(sorted(versions))
    print(sorted(RELEASES))
    newest = max(versions)
    print("newest", newest, ".".join(str(p) for p in newest))
    print((1, 2) < (1, 2, 0), (2, 0) == (2, 0), (2, 0) < (2, 0, 0), (1, 10) > (1, 9, 99), () < (0,))
    print((1, "b") < (1, "c"), (0, 5.5) <= (0, 5.5), (3,) * 3, (1, 2) + (3,))
    t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
    print(t.count(5), t.count(7), t.index(1), t.index(5), t.index(5, 5), len(t), t[2:5], t[::-1][:3])
    major = {}
    for v in versions:
        major.setdefault(v[0], []).append(v)
    print(major)
    seen = {}
    for v in versions:
        key = v + (0,) * (3 - len(v))
        seen[key] = seen.get(key, 0) + 1
    print(seen, hash((1, 2)) == hash((1, 2)), (1, 2) in seen, (1, 2, 0) in seen)
    print(min(versions, key=len), max(versions, key=lambda v: (len(v), v)), 5 in t, (5,) in [t])


asyncio.run(main())
