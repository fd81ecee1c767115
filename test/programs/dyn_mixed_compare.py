# Comparisons between values whose types are only known at run time: int/float/bool mix, == across types.
import asyncio


async def get(k):
    await asyncio.sleep(0)
    if k == 0:
        return 1
    if k == 1:
        return 1.0
    if k == 2:
        return True
    if k == 3:
        return "1"
    if k == 4:
        return None
    return 2 ** 64


async def main():
    vals = await asyncio.gather(*[get(k) for k in range(6)])
    for i in range(6):
        row = ""
        for j in range(6):
            row = row + ("=" if vals[i] == vals[j] else ".")
        print(row)
    print(vals[0] < vals[5], vals[1] < vals[5], vals[2] < vals[1] + 1, vals[5] > 1.8e19)
    print(max(vals[0], vals[1]), max(vals[1], vals[0]), min(vals[2], vals[0]), max(vals[2], 0), min(0, vals[2]))
    print(vals[3] == "1", vals[4] == None, vals[4] != 0, 0 < vals[2] <= vals[0] < vals[5])


asyncio.run(main())
