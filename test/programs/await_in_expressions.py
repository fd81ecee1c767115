# await in every expression position: f-string fields, call arguments, chained comparisons, conditions
# of while/if/ternary, operands of and/or, nested awaits in arguments.
import asyncio


async def val(tag, v):
    print("  eval", tag)
    await asyncio.sleep(0)
    return v


async def below(i, n):
    await asyncio.sleep(0)
    return i < n


async def main():
    print(f"sum={await val('a', 2) + await val('b', 3)} max={max(await val('c', 7), await val('d', 4))}")
    print(await val("e", 1) < await val("f", 2) < await val("g", 0) < await val("h", 9))
    i = 0
    while await below(i, 3):
        print("loop", i)
        i += 1
    x = await val("i", 10) if await val("j", False) else await val("k", 20)
    print("x", x)
    y = await val("l", await val("m", 5) * 2)
    print("y", y, await val("n", 0) or await val("o", 6))
    for k in range(6):
        if await below(k, 2):
            continue
        if k == 4:
            break
        print("k", k)


asyncio.run(main())
