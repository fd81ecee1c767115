# Big ints through f-string format specs: grouping, bases, alignment, signs, exponent and fixed notation.
import asyncio


async def value(k):
    await asyncio.sleep(0)
    return 7 ** k - 3 ** (k + 5)


async def main():
    a, b = await asyncio.gather(value(30), value(45))
    n = -b
    print(f"{a:,}")
    print(f"{a:_}")
    print(f"{n:,}|{n:_}")
    print(f"{a:x}|{a:X}|{a:#x}|{n:x}")
    print(f"{a:o}|{a:#o}|{n:b}")
    print(f"{2 ** 100:_b}")
    print(f"[{a:>40}]")
    print(f"[{a:<40}]")
    print(f"[{n:^50}]")
    print(f"[{a:+}] [{n:+}] [{a: }]")
    print(f"{a:e}|{n:.3e}|{a:E}|{b:.0e}")
    print(f"{a:.3f}|{2 ** 64:.2f}")
    print(f"{a:g}|{n:.10g}")
    print(f"{a!r}|{n!r}|{str(a)}|{repr(n)}")
    print(f"[{a:060,}]")
    print(f"[{n:=+50_}]")
    print(f"{10 ** 25:%}")
    print(f"{2 ** 70:#_x}|{-(2 ** 70):#_o}")


asyncio.run(main())
