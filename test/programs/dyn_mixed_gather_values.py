# Values whose types vary: a gather of mixed results read back, a variable that starts None, an int
# or a str from a big int, arithmetic and builtins on dynamically typed values.
import asyncio

async def f(x):
    if x > 2:
        return x * 1.5
    elif x > 1:
        return "two"
    return None

async def main():
    vals = await asyncio.gather(*[f(i) for i in range(4)])
    for v in vals:
        print(v, v is None, repr(v))
    y = vals[3]
    y = y + 1
    print(y, -y, abs(-y), int(y), round(y), y // 2, y % 2)
    z = None
    for i in range(3):
        z = i if z is None else z + i
    print(z, z == 3, z != 3.0, bool(z), not z)
    w = 2 ** 70
    w = w if w < 0 else str(w)
    print(w, len(w), w * 2)

asyncio.run(main())
