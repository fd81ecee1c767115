# Summing invoice amounts collected by tasks: one source returns its amount as a str, and
# sum() raises TypeError: unsupported operand type(s) for +: 'int' and 'str' (exit 1).
import asyncio

SOURCES = {"shop": [120, 80], "web": [45, 5], "phone": ["30"]}


async def amounts(source):
    await asyncio.sleep(0)
    return SOURCES[source]


async def subtotal(source):
    values = await amounts(source)
    print("summing", source, values)
    return sum(values)


async def main():
    totals = {}
    for source in SOURCES:
        totals[source] = await subtotal(source)
        print(source, totals[source])
    print("not reached", totals)


asyncio.run(main())
