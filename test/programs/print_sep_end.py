# print() with sep= and end= keywords, empty print and many argument types.
import asyncio


async def main():
    print("a", "b", "c", sep="-")
    print("no newline", end="")
    print(" ... continued")
    print(1, 2.5, True, None, "s", sep=" | ", end=" <\n")
    print()
    print("x", end="")
    print("y", end="")
    print(sep="?")
    print("multi", "sep", sep="")


asyncio.run(main())
