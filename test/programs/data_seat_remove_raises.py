# Booking seats from a set of free seat numbers: two tasks book overlapping seats and the
# second set.remove(7) raises KeyError: 7 (exit 1).
import asyncio

free = set(range(1, 11))


async def book(who, seats):
    for seat in seats:
        free.remove(seat)
        print(who, "got seat", seat, "free:", sorted(free))
        await asyncio.sleep(0)
    return who, seats


async def main():
    ok = await asyncio.gather(book("ann", [1, 2]), book("bob", [3]))
    print(ok, len(free))
    clash = await asyncio.gather(book("cy", [7, 8]), book("dee", [9, 7]))
    print("not reached", clash)


asyncio.run(main())
