# A small CSV of sales parsed by tasks (one per region): split, strip, int and float parsing,
# totals per product in a dict, a report with % formatting.
import asyncio

CSV = """region, product, qty, price
north, widget, 10, 2.50
north, gadget, 3, 19.99
south, widget, 7, 2.50
south, gizmo, 12, 4.75
east, gadget, 1, 19.99
east, widget, 25, 2.40
north, gizmo, 4, 4.75
"""


async def region_totals(region, rows):
    totals = {}
    for product, qty, price in rows:
        totals[product] = totals.get(product, 0.0) + qty * price
    await asyncio.sleep(0)
    return region, totals


async def main():
    header, *body = CSV.strip().splitlines()
    cols = [c.strip() for c in header.split(",")]
    print("columns:", cols)
    by_region = {}
    for line in body:
        region, product, qty, price = [f.strip() for f in line.split(",")]
        by_region.setdefault(region, []).append((product, int(qty), float(price)))
    results = await asyncio.gather(*[region_totals(r, rows) for r, rows in by_region.items()])
    grand = 0.0
    for region, totals in results:
        line = ", ".join("%s=%.2f" % (p, v) for p, v in sorted(totals.items()))
        subtotal = sum(totals.values())
        grand += subtotal
        print("%-6s %8.2f  (%s)" % (region, subtotal, line))
    print("%-6s %8.2f" % ("total", grand))
    qty = {}
    for rows in by_region.values():
        for product, q, _ in rows:
            qty[product] = qty.get(product, 0) + q
    print("units:", qty)


asyncio.run(main())
