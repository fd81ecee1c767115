# Grouping records (list of dicts) by a field, done by tasks per field, with aggregates per
# group returned as nested dicts of tuples.
import asyncio

PEOPLE = [
    {"name": "ada", "dept": "eng", "city": "paris", "salary": 120},
    {"name": "bo", "dept": "ops", "city": "lyon", "salary": 80},
    {"name": "cy", "dept": "eng", "city": "lyon", "salary": 105},
    {"name": "di", "dept": "hr", "city": "paris", "salary": 70},
    {"name": "ed", "dept": "eng", "city": "nice", "salary": 98},
    {"name": "fa", "dept": "ops", "city": "paris", "salary": 85},
]


async def group_by(field):
    groups = {}
    for p in PEOPLE:
        groups.setdefault(p[field], []).append(p)
    await asyncio.sleep(0)
    summary = {}
    for key, members in groups.items():
        pay = [m["salary"] for m in members]
        summary[key] = (len(members), sum(pay), min(pay), max(pay), tuple(m["name"] for m in members))
    return field, summary


async def main():
    results = await asyncio.gather(group_by("dept"), group_by("city"))
    for field, summary in results:
        print("by", field)
        for key, (n, total, lo, hi, names) in sorted(summary.items()):
            print(f"  {key:6} n={n} total={total:3d} range={lo}-{hi} avg={total / n:.1f} {names}")
    depts = dict(results)["dept"]
    print(max(depts, key=lambda d: depts[d][1]), sorted(depts, key=lambda d: -depts[d][0]))
    print({d: names for d, (_, _, _, _, names) in depts.items()})


asyncio.run(main())
