# f-strings with format specs: width, alignment, fill, sign, grouping, precision and types.
import asyncio

PI = 3.14159265


async def main():
    n = 42
    x = 1234567.891
    print(f"[{n:5d}] [{n:<5}] [{n:^7}] [{n:*>6}] [{n:+d}] [{-n:05d}]")
    print(f"[{x:,.2f}] [{x:.3e}] [{x:g}] [{PI:.3f}] [{PI:08.2f}] [{0.125:%}] [{0.5:.1%}]")
    print(f"[{255:x}] [{255:#X}] [{5:b}] [{8:o}] [{1000000:_}] [{n:,}]")
    print(f"[{'ab':>6}] [{'ab':<6}] [{'ab':^6}] [{'abcdef':.3}] [{'x':-^5}]")
    print(f"{n} {x} {PI} {True} {n / 8} {n // 8} {n % 8}")


asyncio.run(main())
