# Integer format specs: sign handling, '=' alignment, alternate forms, grouping with _ and , on negatives.
import asyncio


async def main():
    n = -1234567
    print(f"[{n:,}] [{n:_}] [{n:12,}] [{n:012,}] [{-255:x}] [{-255:#x}] [{255:_b}]")
    print(f"[{5:#b}] [{64:#o}] [{48879:#X}] [{48879:_x}] [{0:x}] [{0:#b}]")
    print(f"[{42:=+8d}] [{42:0=8d}] [{-42:=8}] [{-42:08d}] [{42: d}] [{-42: d}]")
    print(f"[{7:.2f}] [{7:e}] [{7:%}] [{7:g}] [{-7:10.3f}] [{123456789:,.1f}]")
    print(f"[{True}] [{False}] [{True:5}] [{True:>5}] [{False:d}] [{True:.1f}]")
    print(f"[{9223372036854775807:,}] [{-9223372036854775807 - 1:x}]")


asyncio.run(main())
