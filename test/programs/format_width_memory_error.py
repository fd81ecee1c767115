# A format width too large to allocate is MemoryError at run time, as in CPython (the compiler
# checks the spec's validity without building the string).
import asyncio


async def main():
    x = 1.5
    s = "ab"
    print(f"{x:>12}|{s:*^7}|{7:08_d}|{x:012,.3f}")
    print(f"{s:>1000000000000000}")
    print("not reached")


asyncio.run(main())
