# A variable that starts as None and becomes an int (the best so far), tested with `is None` / `is not None`.
import asyncio


async def score(k):
    await asyncio.sleep(0)
    return (k * 7919) % 101 - 50


async def main():
    best = None
    where = None
    for k in range(12):
        s = await score(k)
        if best is None or s > best:
            best = s
            where = k
    print(best, where, best is None, where is not None)
    missing = None
    print(missing, repr(missing), f"{missing}", f"{missing!r}", missing is None)
    for k in range(3):
        if missing is not None:
            missing += k
        else:
            missing = k * 10 ** 20
    print(missing, missing is None)
    last = None
    for s in await asyncio.gather(score(1), score(2), score(3)):
        if last is not None:
            print(last, "->", s, s - last)
        last = s
    print(last)


asyncio.run(main())
