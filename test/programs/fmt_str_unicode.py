# String alignment and truncation count code points, not bytes; escaped braces in f-strings.
import asyncio

NAME = "Zoë"
CITY = "Kraków"


async def main():
    print(f"[{NAME:>6}] [{NAME:<6}] [{NAME:^7}] [{CITY:.4}] [{CITY:*^10.3}]")
    print(f"{{literal}} {{{NAME}}} [{'中文':>5}] [{'é':-<3}]")
    s = NAME + " in " + CITY
    print(s, len(s), f"{len(s):03d}")
    print(f"{'':>3}|{'':<0}|{'x':1}|")
    w = 0
    for ch_count in range(1, 4):
        w = w + ch_count
        print(f"|{NAME * ch_count:>9}|{w:^5}|")


asyncio.run(main())
