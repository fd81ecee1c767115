# A price table laid out with ljust/rjust/center/zfill, rows built by tasks.
import asyncio

ITEMS = [("coffee", 3.5, 2), ("tea", 2.25, 3), ("croissant", 2.9, 1), ("bagel", 1.75, 4),
         ("orange juice", 4.1, 1)]


async def row(number, name, price, qty):
    await asyncio.sleep(0)
    total = price * qty
    return (str(number).zfill(3) + " " + name.ljust(14, ".") + str(qty).rjust(3)
            + ("%.2f" % total).rjust(9)), total


async def main():
    rows = await asyncio.gather(*[row(i + 1, *item) for i, item in enumerate(ITEMS)])
    width = 30
    print("+" + "-" * (width + 2) + "+")
    print("| " + "RECEIPT".center(width) + " |")
    print("| " + "cafe asyncio".center(width, "~") + " |")
    print("+" + "-" * (width + 2) + "+")
    for text, _ in rows:
        print("| " + text.ljust(width) + " |")
    total = sum(t for _, t in rows)
    print("| " + ("TOTAL " + format(total, ".2f")).rjust(width) + " |")
    print("+" + "-" * (width + 2) + "+")
    print("-42".zfill(6), "+7".zfill(4), "abc".zfill(2), "x".center(4, "*"), "x".center(5, "*"))
    print(repr("ab".ljust(1)), repr("ab".rjust(5)), repr("".center(3, "-")))


asyncio.run(main())
