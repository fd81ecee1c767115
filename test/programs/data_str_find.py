# Searching in strings: find/rfind/index/rindex/count/in across tasks, one task per needle.
import asyncio

HAYSTACK = "abracadabra, said the magician; abracadabra again and again"
NEEDLES = ["abra", "cad", "again", "z", "a", ", ", "magic"]


async def locate(needle):
    await asyncio.sleep(0)
    first = HAYSTACK.find(needle)
    last = HAYSTACK.rfind(needle)
    return needle, first, last, HAYSTACK.count(needle), needle in HAYSTACK


async def main():
    found = await asyncio.gather(*[locate(n) for n in NEEDLES])
    for needle, first, last, n, present in found:
        print(f"{needle!r:10} first={first:3d} last={last:3d} count={n} in={present}")
    print(HAYSTACK.index("said"), HAYSTACK.rindex("a"), HAYSTACK.find("a", 20), HAYSTACK.find("a", 20, 25))
    print(HAYSTACK.count("a", 10), HAYSTACK.count(""), "abc".find(""), "abc".rfind(""))
    positions = []
    start = 0
    while True:
        i = HAYSTACK.find("ab", start)
        if i < 0:
            break
        positions.append(i)
        start = i + 1
    print("ab at", positions)
    missing = [n for n, first, *_ in found if first == -1]
    print("missing:", missing)
    print(sorted(found, key=lambda f: (f[3], f[0]))[-1])


asyncio.run(main())
