"""Nested-data fan-out/fan-in: 8 regions x 12 stores x 750 orders (72,000 orders, each a dict
holding a list of (sku, qty, price) tuples) passed down through two levels of gather; stores
return dicts of per-sku totals, regions merge them, and main merges the regions."""
# bench: ops=72000 unit=order
import asyncio

REGIONS = 8
STORES = 12
ORDERS = 750
SKUS = ["sku%03d" % i for i in range(60)]


def make_region(r):
    stores = []
    x = 1000 + r
    for s in range(STORES):
        orders = []
        for o in range(ORDERS):
            lines = []
            for k in range(1 + o % 5):
                x = (x * 1103515245 + 12345) % 2147483648
                lines.append((SKUS[(x >> 10) % len(SKUS)], 1 + (x >> 4) % 9, ((x >> 12) % 5000) / 100))
            orders.append({"id": (r, s, o), "lines": lines, "rush": o % 17 == 0})
        stores.append({"name": "r%ds%02d" % (r, s), "orders": orders})
    return {"region": r, "stores": stores}


async def store_totals(store):
    totals = {}
    rush = 0
    for order in store["orders"]:
        rush += order["rush"]
        for sku, qty, price in order["lines"]:
            entry = totals.get(sku)
            if entry is None:
                totals[sku] = [qty, qty * price]
            else:
                entry[0] += qty
                entry[1] += qty * price
    return {"store": store["name"], "totals": totals, "rush": rush}


async def region_totals(region):
    results = await asyncio.gather(*[store_totals(s) for s in region["stores"]])
    merged = {}
    for res in results:
        for sku, (qty, value) in res["totals"].items():
            m = merged.setdefault(sku, [0, 0.0])
            m[0] += qty
            m[1] += value
    best = max(results, key=lambda res: sum(v for _, v in res["totals"].values()))
    return {"region": region["region"], "totals": merged, "best": best["store"], "rush": sum(r["rush"] for r in results)}


async def main():
    regions = [make_region(r) for r in range(REGIONS)]
    results = await asyncio.gather(*[region_totals(reg) for reg in regions])
    grand = {}
    for res in results:
        for sku, (qty, value) in res["totals"].items():
            g = grand.setdefault(sku, [0, 0.0])
            g[0] += qty
            g[1] += value
    top = sorted(grand.items(), key=lambda kv: -kv[1][1])[:3]
    print("skus", len(grand), "units", sum(q for q, _ in grand.values()), "rush", sum(r["rush"] for r in results))
    print("top", [(sku, qty, round(value, 2)) for sku, (qty, value) in top])
    print("best stores", [r["best"] for r in results])


asyncio.run(main())
