# RUN: not aithon run %s > %t.out 2> %t.err
# RUN: FileCheck %s --check-prefix=OUT < %t.out
# RUN: FileCheck %s --check-prefix=ERR < %t.err
# An exception escaping a child actor fails its awaiting parent, and so on up to asyncio.run:
# exit status 1 and a Python-style traceback block; output printed before it is kept.
import asyncio


async def ratio(a, b):
    await asyncio.sleep(0)
    return a // b


async def main():
    print("first", await ratio(7, 2))
    print("second", await ratio(1, 0))
    print("never")


# OUT: first 3
# OUT-NOT: never
# ERR: Traceback (most recent call last):
# ERR: ZeroDivisionError: integer division or modulo by zero
asyncio.run(main())
