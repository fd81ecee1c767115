# Variables whose names end in digits: the compiler's SSA names once joined a variable's name and a
# counter, so a load of `c1` numbered 2 and a constant numbered 12 were both `%c12` (an internal
# compiler error: "redefinition of SSA value").
import asyncio


async def main():
    c1 = 1
    c2 = c1 + c1 + c1 + c1 + c1 + c1 + c1 + c1 + c1 + c1
    c3 = 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15 + 16 + c2
    k2 = 0
    total = 0
    for i in range(3):
        k2 += i
        for k in range(4):
            total += k * k2 + c1 - c3
    print(c1, c2, c3, k2, total)


asyncio.run(main())
