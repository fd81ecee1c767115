# Parsing a CSV of quantities in tasks: rows parse fine until one holds "n/a", and int() raises
# ValueError: invalid literal for int() with base 10 inside the task (exit 1).
import asyncio

ROWS = """widget,12
gadget,7
gizmo,n/a
doohickey,3"""


async def parse_row(line):
    name, qty = line.split(",")
    await asyncio.sleep(0)
    return name.strip(), int(qty)


async def main():
    lines = ROWS.splitlines()
    total = 0
    for line in lines:
        name, qty = await parse_row(line)
        total += qty
        print(f"{name:10} {qty:3d} running total {total}")
    print("not reached", total)


asyncio.run(main())
