# print with sep, end, file=sys.stderr and flush; warnings go to stderr (only the last line is
# compared), results to stdout; sys.argv has only the program.
import asyncio
import sys

ROWS = [("alpha", 3), ("beta", 0), ("gamma", 12), ("delta", -1)]


async def check(name, count):
    await asyncio.sleep(0)
    if count <= 0:
        print("warning:", name, "has count", count, file=sys.stderr)
        return None
    return name, count * 2


async def main():
    print("args:", len(sys.argv), sys.argv[1:])
    results = await asyncio.gather(*[check(n, c) for n, c in ROWS])
    good = [r for r in results if r is not None]
    print(*good, sep="\n")
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=", ", end=".\n")
    print("no newline", end="")
    print(" -- continued", flush=True)
    for name, doubled in good:
        print(name, end=" ")
    print()
    print(*[1, 2, 3], sep=" + ", end=" = ")
    print(sum([1, 2, 3]))
    print("%d of %d ok" % (len(good), len(ROWS)), file=sys.stdout)
    print("done with", len(ROWS) - len(good), "warnings", file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main())
