# Cleaning raw records with strip/lstrip/rstrip given character sets, one task per record.
import asyncio

RAW = ["  ***SALE***  ", "xx--price: 12.50--xx", "\t\tindented\n", "000123000", "...end...",
       "[tag]", "   ", "<<<>>>", "abcba"]


async def clean(text):
    await asyncio.sleep(0)
    return (text.strip(), text.strip(" *"), text.strip("x-"), text.lstrip("0"), text.rstrip("0."),
            text.strip("[]<>"), text.strip("ab"))


async def main():
    rows = await asyncio.gather(*[clean(r) for r in RAW])
    names = ["strip", "strip *", "strip x-", "lstrip 0", "rstrip 0.", "strip []<>", "strip ab"]
    for raw, row in zip(RAW, rows):
        print(repr(raw))
        for name, value in zip(names, row):
            if value != raw:
                print(f"   {name:11}{value!r}")
    price = float(rows[1][2].split(":")[1])
    print(price * 2, int(RAW[3].strip("0")) + 1)
    print([r[0] for r in rows if r[0]])


asyncio.run(main())
