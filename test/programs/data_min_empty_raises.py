# The cheapest offer per product from task results: a product with no offers makes min()
# raise ValueError: min() arg is an empty sequence (exit 1).
import asyncio

OFFERS = {"lamp": [("shopA", 30.0), ("shopB", 27.5)], "desk": [("shopC", 120.0)], "chair": []}


async def cheapest(product):
    await asyncio.sleep(0)
    offers = OFFERS[product]
    print("checking", product, len(offers), "offers")
    return product, min(offers, key=lambda o: o[1])


async def main():
    best = await asyncio.gather(*[cheapest(p) for p in OFFERS])
    print("not reached", best)


asyncio.run(main())
