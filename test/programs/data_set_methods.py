# A seat map kept as a set of free seat numbers: booking tasks add/discard/remove/pop seats.
import asyncio

free = set(range(1, 13))
booked = []


async def book(name, wanted):
    got = []
    for seat in wanted:
        if seat in free:
            free.remove(seat)
            got.append(seat)
        await asyncio.sleep(0)
    booked.append((name, got))
    return len(got)


async def cancel(seats):
    for seat in seats:
        free.add(seat)
        await asyncio.sleep(0)


async def main():
    counts = await asyncio.gather(book("ann", [1, 2, 3]), book("bob", [3, 4, 5]), book("cat", [2, 6]))
    print(counts, booked)
    print(sorted(free), len(free))
    await cancel([4, 1])
    free.discard(99)
    free.discard(12)
    print(free)
    first = free.pop()
    print("popped", first, free)
    s = {5, 3, 1}
    s.update([2, 4], {10})
    print(s, s.copy() == s, 10 in s)
    s.difference_update({1, 2})
    s.intersection_update(range(4, 11))
    print(s)
    s.symmetric_difference_update({4, 7})
    s.clear()
    print(s, len(s), {0} | s, sorted({-1, -5, 3}), {-1, -5, 3})


asyncio.run(main())
