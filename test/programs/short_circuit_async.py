# Short-circuit and/or around awaited values: the right operand's await only happens when needed.
import asyncio


async def val(tag, v):
    print("await", tag)
    await asyncio.sleep(0)
    return v


def side(tag, v):
    print("call", tag)
    return v


async def main():
    if await val("a", 0) and await val("b", 1):
        print("both")
    else:
        print("not both")
    x = await val("c", 3) or await val("d", 4)
    print("x", x)
    y = side("e", 0.0) or side("f", 0.5) or side("g", 9.0)
    print("y", y)
    z = side("h", "") or side("i", "text")
    print("z", z)
    n = 5
    if n > 3 and side("j", True) and not side("k", False):
        print("all true")
    if n < 3 and side("never", True):
        print("never")
    print(not (n > 3 or side("skipped", False)))


asyncio.run(main())
