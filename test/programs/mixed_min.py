# min() of an int and a float returns one of its arguments unchanged (here the int 1).
import asyncio


async def main():
    n, x = 1, 2.5
    print(min(n, x))


asyncio.run(main())
