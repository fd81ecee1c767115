# A format spec whose runtime call raises (here '%c' out of range) ends the program with the
# exception; the output printed before it is kept.
import asyncio


def char(n):
    return f"[{n:c}]"


async def main():
    print(char(65), char(0x10FFFF) == "[\U0010ffff]", f"{97:^5c}|")
    print(f"{1.5:.100}", len(f"{2.5:.70f}"), f"{-1.5:.3e}")
    print(char(-1))
    print("not reached")


asyncio.run(main())
