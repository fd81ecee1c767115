# RUN: not aithon run %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=OUT < %t.out
# RUN: FileCheck %s --check-prefix=ERR < %t.err
# Ints are 64-bit until big ints exist: going past 2**63 - 1 raises OverflowError (exit status 1)
# instead of wrapping. CPython would print bigger numbers: this is a documented limit, not a
# silent difference.
import asyncio


async def grow(x):
    return x * x


async def main():
    x = 3
    for i in range(10):
        x = await grow(x)
        print(i, x)


# OUT: 0 9
# OUT-NEXT: 1 81
# OUT-NEXT: 2 6561
# OUT-NEXT: 3 43046721
# OUT-NEXT: 4 1853020188851841
# OUT-NOT: 5
# ERR: Traceback (most recent call last):
# ERR: OverflowError: integer overflow: AIthon ints are 64-bit (no big integers yet)
asyncio.run(main())
