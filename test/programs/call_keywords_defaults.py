# Keyword arguments, default parameter values and !r / !s conversions in f-strings.
import asyncio


def describe(name, qty=1, unit="pcs"):
    return f"{name!r}: {qty} {unit!s}"


async def order(item, qty=2, price=1.5):
    await asyncio.sleep(0)
    return qty * price


async def main():
    print(describe("bolt"))
    print(describe("nut", 12))
    print(describe("wire", unit="m", qty=3))
    print(describe(qty=5, name="it's"))
    a = await order("x")
    b = await order("y", price=0.25)
    c, d = await asyncio.gather(order("z", 3), order(qty=4, item="w", price=2.0))
    print(a, b, c, d, f"{a!r} {1 / 3!r} {True!r} {None!r}")


asyncio.run(main())
