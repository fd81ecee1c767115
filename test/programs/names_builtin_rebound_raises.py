"""`max = 3` at module level: calling max() is calling an int — TypeError at run time, after
the arguments are evaluated and after the output before it."""
import asyncio

max = 3


def arg(x):
    print("argument", x)
    return x


async def main():
    print("before")
    if max > 2:
        print(max(arg(1), arg(2)))
    print("never")


asyncio.run(main())
