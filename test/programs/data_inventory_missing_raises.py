# Orders against a stock dict: the first orders are filled, then a task asks for an item that
# was never stocked and stock[item] raises KeyError inside the gathered task (exit 1).
import asyncio

stock = {"apple": 10, "pear": 4, "fig": 7}


async def fill(order_id, item, qty):
    await asyncio.sleep(0)
    have = stock[item]
    take = min(have, qty)
    stock[item] = have - take
    print(f"order {order_id}: {take}/{qty} {item}, {stock[item]} left")
    return take


async def main():
    first = await asyncio.gather(fill(1, "apple", 3), fill(2, "pear", 5), fill(3, "fig", 1))
    print("filled", first, sum(first), stock)
    second = await asyncio.gather(fill(4, "apple", 2), fill(5, "plum", 1))
    print("not reached", second)


asyncio.run(main())
