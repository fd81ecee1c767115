# An order pipeline of three stages (validate, price, ship), each stage a coroutine that
# takes and returns a dict; orders flow through the stages concurrently.
import asyncio

PRICES = {"pen": 1.2, "book": 12.5, "lamp": 30.0, "mug": 6.75}
ORDERS = [
    {"id": "o1", "items": [("pen", 10), ("mug", 2)], "country": "FR"},
    {"id": "o2", "items": [("book", 1), ("lamp", 1)], "country": "US"},
    {"id": "o3", "items": [("sofa", 1)], "country": "FR"},
    {"id": "o4", "items": [], "country": "DE"},
    {"id": "o5", "items": [("lamp", 3), ("pen", 1)], "country": "DE"},
]
SHIPPING = {"FR": 4.0, "DE": 5.5}


async def validate(order):
    await asyncio.sleep(0)
    bad = [name for name, _ in order["items"] if name not in PRICES]
    status = "invalid: " + ",".join(bad) if bad else ("empty" if not order["items"] else "valid")
    return dict(order, status=status)


async def price(order):
    await asyncio.sleep(0)
    if order["status"] != "valid":
        return order
    subtotal = sum(PRICES[n] * q for n, q in order["items"])
    discount = 0.1 * subtotal if subtotal > 50 else 0.0
    return dict(order, subtotal=subtotal, discount=round(discount, 2))


async def ship(order):
    await asyncio.sleep(0)
    if "subtotal" not in order:
        return order
    fee = SHIPPING.get(order["country"], 15.0)
    return dict(order, shipping=fee, total=round(order["subtotal"] - order["discount"] + fee, 2))


async def process(order):
    return await ship(await price(await validate(order)))


async def main():
    done = await asyncio.gather(*[process(o) for o in ORDERS])
    for o in done:
        if "total" in o:
            print(f"{o['id']} {o['country']} sub={o['subtotal']:7.2f} -{o['discount']:5.2f} +{o['shipping']:5.2f} = {o['total']:7.2f}")
        else:
            print(f"{o['id']} {o['status']}")
    print(sorted(done[1]), ORDERS[1] == {k: done[1][k] for k in ORDERS[1]})
    print("revenue:", round(sum(o.get("total", 0) for o in done), 2))


asyncio.run(main())
