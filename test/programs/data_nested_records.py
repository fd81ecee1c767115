# Nested data (lists of dicts of tuples and lists) passed to tasks and returned transformed:
# a school with classes, each class processed by its own task.
import asyncio

SCHOOL = [
    {"class": "1A", "teacher": ("Ms", "Lee"), "pupils": [("amy", (7, 3)), ("ben", (6, 11)), ("cal", (7, 1))],
     "rooms": ["101", "lab"]},
    {"class": "2B", "teacher": ("Mr", "Okafor"), "pupils": [("dan", (8, 0)), ("eve", (7, 9))], "rooms": ["202"]},
    {"class": "3C", "teacher": ("Dr", "Ito"), "pupils": [], "rooms": []},
]


async def process(cls):
    title, surname = cls["teacher"]
    months = [(name, y * 12 + m) for name, (y, m) in cls["pupils"]]
    await asyncio.sleep(0)
    oldest = max(months, key=lambda p: p[1]) if months else None
    return {
        "class": cls["class"],
        "teacher": f"{title}. {surname}",
        "ages": dict(months),
        "oldest": oldest,
        "rooms": tuple(sorted(cls["rooms"])),
        "size": len(months),
    }


async def main():
    out = await asyncio.gather(*[process(c) for c in SCHOOL])
    for r in out:
        print(r)
    all_ages = {name: months for r in out for name, months in r["ages"].items()}
    print(sorted(all_ages.items(), key=lambda kv: -kv[1]))
    print([r["oldest"][0] for r in out if r["oldest"]], sum(r["size"] for r in out))
    print(SCHOOL[0]["pupils"][1][1][1], out[1]["ages"]["eve"], out[2]["rooms"], out[0]["rooms"][1])
    index = {}
    for r in out:
        for room in r["rooms"]:
            index.setdefault(room, []).append(r["class"])
    print(index)


asyncio.run(main())
