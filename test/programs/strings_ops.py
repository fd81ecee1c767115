# String concatenation, repetition, comparison and len() (code points, including non-ASCII).
import asyncio

GREETING = "héllo"


async def main():
    s = GREETING + ", " + "wörld"
    print(s, len(s), len(GREETING))
    print("ab" * 3, "-" * 10, "x" * 0 + "|")
    print("abc" < "abd", "b" > "abc", "same" == "same", "a" != "a")
    print("abc" <= "abc", "" < "a")
    line = ""
    for i in range(5):
        line = line + str(i) + ","
    print(line)


asyncio.run(main())
