# str case methods applied by tasks to a list of titles, results gathered in order.
import asyncio

TITLES = ["the old man and the sea", "A TALE OF TWO CITIES", "war and peace",
          "pride AND prejudice", "  moby-dick  ", "don't panic: it's o'clock"]


async def variants(title):
    await asyncio.sleep(0)
    t = title.strip()
    return (t.upper(), t.lower(), t.title(), t.capitalize(), t.swapcase())


async def main():
    rows = await asyncio.gather(*[variants(t) for t in TITLES])
    for title, (up, low, tit, cap, swap) in zip(TITLES, rows):
        print(repr(title))
        print("  upper     ", up)
        print("  lower     ", low)
        print("  title     ", tit)
        print("  capitalize", cap)
        print("  swapcase  ", swap)
    print(all(r[0].isupper() for r in rows), any(r[1].islower() for r in rows))
    print(sorted(r[2] for r in rows))
    print([len(t) - len(t.strip()) for t in TITLES])


asyncio.run(main())
