# Printing values of every type held by the same variables: str() / repr() / f-strings / sep and end.
import asyncio


async def pick(k):
    await asyncio.sleep(0)
    if k == 0:
        return 42
    if k == 1:
        return "forty-two"
    if k == 2:
        return 4.2
    if k == 3:
        return True
    if k == 4:
        return None
    return -(10 ** 25)


async def main():
    vals = await asyncio.gather(*[pick(k) for k in range(6)])
    print(vals)
    print(vals[0], vals[1], vals[2], vals[3], vals[4], vals[5], sep=" | ")
    for v in vals:
        print(str(v), repr(v), f"{v}", f"{v!r}", f"[{str(v):>12}]", sep=";", end=".\n")
    x = vals[1]
    print(x, len(x), len(str(vals[5])), str(vals[3]) + str(vals[4]))
    x = vals[2]
    print(x, x * 10, int(x), bool(x), bool(vals[4]), bool(vals[1]))
    print(len(vals), vals[len(vals) - 1])


asyncio.run(main())
