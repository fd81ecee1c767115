# A warehouse inventory (dict of item -> [qty, price]) updated by order tasks that share it;
# restocks use setdefault, reports use get and sorted items.
import asyncio

inventory = {"apple": [50, 0.4], "pear": [20, 0.55], "plum": [0, 0.3], "kiwi": [12, 0.25]}
log = []


async def order(customer, wants):
    filled = {}
    for item, qty in wants.items():
        stock = inventory.get(item, [0, 0.0])
        take = min(qty, stock[0])
        if take:
            inventory[item][0] -= take
            filled[item] = take
        await asyncio.sleep(0)
    cost = sum(n * inventory[i][1] for i, n in filled.items())
    log.append((customer, filled, round(cost, 2)))
    return customer, sum(filled.values())


async def restock(deliveries):
    for item, qty, price in deliveries:
        entry = inventory.setdefault(item, [0, price])
        entry[0] += qty
        await asyncio.sleep(0)


async def main():
    got = await asyncio.gather(order("ann", {"apple": 10, "pear": 25}), order("ben", {"plum": 3, "kiwi": 5}),
                               restock([("plum", 10, 0.3), ("fig", 8, 1.2)]), order("cid", {"plum": 4, "fig": 2}))
    print(got)
    for customer, filled, cost in log:
        print(f"{customer}: {filled} -> {cost:.2f}")
    for item, (qty, price) in sorted(inventory.items()):
        print(f"{item:6}{qty:4d} @ {price:.2f} = {qty * price:6.2f}")
    empty = [i for i, (q, _) in inventory.items() if q == 0]
    value = sum(q * p for q, p in inventory.values())
    print("sold out:", empty, "stock value: %.2f" % value, "items:", len(inventory))


asyncio.run(main())
