# Shopping carts priced by tasks: coupon codes parsed from strings ("SAVE10", "BOGO:mug"),
# percentages, buy-one-get-one, tax rounding and a receipt with % formatting.
import asyncio

CATALOG = {"mug": 8.0, "tea": 4.5, "cake": 3.25, "jam": 5.0}
CARTS = {
    "u1": ({"mug": 2, "tea": 3}, ["SAVE10"]),
    "u2": ({"cake": 4, "jam": 1}, ["BOGO:cake", "SAVE5"]),
    "u3": ({"tea": 1}, []),
    "u4": ({"mug": 3, "cake": 1, "jam": 2}, ["BOGO:mug", "BOGO:jam", "SAVE20"]),
}
TAX = 0.08


async def price_cart(user, cart, coupons):
    lines = []
    for item, qty in sorted(cart.items()):
        free = qty // 2 if "BOGO:" + item in coupons else 0
        lines.append((item, qty, free, (qty - free) * CATALOG[item]))
    subtotal = sum(l[3] for l in lines)
    pct = max([int(c[4:]) for c in coupons if c.startswith("SAVE")], default=0)
    await asyncio.sleep(0)
    discounted = subtotal * (100 - pct) / 100
    tax = round(discounted * TAX, 2)
    return user, lines, subtotal, pct, round(discounted + tax, 2)


async def main():
    carts = await asyncio.gather(*[price_cart(u, c, k) for u, (c, k) in CARTS.items()])
    for user, lines, subtotal, pct, total in carts:
        print("== %s" % user)
        for item, qty, free, cost in lines:
            extra = " (%d free)" % free if free else ""
            print("  %-5s x%d%-10s %7.2f" % (item, qty, extra, cost))
        print("  subtotal %7.2f  -%d%%  total %7.2f" % (subtotal, pct, total))
    best = max(carts, key=lambda c: c[4])
    print("biggest cart:", best[0], "sum:", "%.2f" % sum(c[4] for c in carts))


asyncio.run(main())
