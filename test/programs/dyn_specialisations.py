# One function specialised for int, str, float, bool and big int; a gather of six differently typed
# results; a loop variable that alternates between int and str.
import asyncio

def twice(x):
    return x + x

async def show(v):
    await asyncio.sleep(0)
    return v

async def main():
    print(twice(2), twice("ab"), twice(2.5), twice(True), twice(2 ** 80))
    rs = await asyncio.gather(show(None), show(1), show("s"), show(2.5), show(False), show(2 ** 70))
    print(rs, len(rs), rs[5] + 1, rs[-1] * 2, rs[2] + "!")
    for r in rs:
        print(r, end=" ")
    print()
    n = 0
    while n < 3:
        n += 1
        v = n if n % 2 else str(n)
        print(v, v * 2, sep="|")

asyncio.run(main())
