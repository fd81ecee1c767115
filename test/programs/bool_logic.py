# and/or/not with short-circuit and Python truthiness of 0, 0.0, "" and None.
import asyncio


def check(tag, v):
    print("check", tag)
    return v


async def main():
    print(check("a", 0) and check("b", 1))
    print(check("c", 3) and check("d", 4))
    print(check("e", 0) or check("f", 7))
    print(check("g", 2) or check("h", 9))
    print(not 0, not 1, not 0.0, not "", not "x", not None)
    if "" or 0.0:
        print("never")
    else:
        print("falsy")
    n = 0
    while not n >= 3:
        n += 1
    print(n, True and False, 0.0 or 0.5, 3 and 0)


asyncio.run(main())
