# `or` and `and` return one of their operands, whatever its type: 0 or "fallback", "" or 0, None or 2.5 ...
import asyncio


async def lookup(k):
    await asyncio.sleep(0)
    if k == 0:
        return 0
    if k == 1:
        return ""
    if k == 2:
        return None
    return k * 11


async def main():
    x = 0 or "fallback"
    print(x, len(x))
    y = "" or 0
    print(y, y + 1)
    z = None or 2.5
    print(z, z * 2)
    w = 0.0 or None
    print(w, w is None)
    v = "text" and 42
    print(v, v * 2)
    u = 0 and "never"
    print(u, repr(u))
    for k in range(5):
        got = await lookup(k)
        shown = got or "default"
        print(k, repr(got), shown, got and "truthy", not got)
    n = 0
    n = n or 10 ** 30
    print(n, n and n - 1, False or 0, 0 or False, None or "", "" or None)
    flag = 5 > 3 and "yes" or "no"
    print(flag, 5 < 3 and "yes" or "no")


asyncio.run(main())
