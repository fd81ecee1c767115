# print() with no arguments, sep/end of various lengths, empty strings, and mixed value kinds.
import asyncio


async def main():
    print()
    print("a", "b", "c", sep="")
    print("a", "b", "c", sep=" -- ", end=" <end>\n")
    print(1, 2.0, True, None, "s", sep=",")
    print("no newline", end="")
    print(" ... continued")
    print(end="")
    print("x", end="\n\n")
    print(sep="ignored")
    for i in range(3):
        print(i, end=" " if i < 2 else "\n")
    print("", "", sep="|")
    print(-0.0, -5 // 2, "tab\there", sep="\t")


asyncio.run(main())
