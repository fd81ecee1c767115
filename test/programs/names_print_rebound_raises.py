"""`print = 5` at module level: every print() in the program is a call of an int."""
import asyncio

print = 5


async def main():
    x = 1 < 2 < print("chained")
    print(x)


asyncio.run(main())
