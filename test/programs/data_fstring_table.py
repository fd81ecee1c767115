# f-strings with nested format specs, !r and !s, alignment and thousands separators, in a table
# of city populations computed by tasks.
import asyncio

CITIES = [("Tokyo", 37435191, 2194.07), ("Delhi", 29399141, 1484.0), ("Shanghai", 26317104, 6340.5),
          ("Sao Paulo", 21846507, 1521.11), ("Reykjavik", 131136, 273.0)]


async def density(name, people, area):
    await asyncio.sleep(0)
    return {"name": name, "people": people, "area": area, "density": people / area}


async def main():
    rows = await asyncio.gather(*[density(*c) for c in CITIES])
    width = max(len(r["name"]) for r in rows) + 2
    prec = 1
    print(f"{'city':<{width}}{'people':>12}{'km2':>10}{'per km2':>12}")
    for r in sorted(rows, key=lambda r: r["density"], reverse=True):
        print(f"{r['name']:<{width}}{r['people']:>12,}{r['area']:>10.{prec}f}{r['density']:>12,.{prec + 1}f}")
    name = rows[3]["name"]
    print(f"{name!r} {name!s} {name:^15} {name:*>12} {name!r:>14}")
    total = sum(r["people"] for r in rows)
    print(f"total {total:_} {total:,d} {total:e} {total / 1e6:.3f}M {total:x}")
    share = [f"{r['people'] / total:.1%}" for r in rows]
    print(share)
    print(f"{3.14159:{8}.{3}} {-42:+05d} {42:b} {255:#06x} {0.000012345:g} {True} {None!r}")


asyncio.run(main())
