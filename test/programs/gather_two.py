# asyncio.gather of two coroutines: both start before either is received; results in order.
import asyncio


async def square(x):
    print("square start", x)
    await asyncio.sleep(0)
    print("square end", x)
    return x * x


async def cube(x):
    print("cube start", x)
    return x * x * x


async def main():
    a, b = await asyncio.gather(square(3), cube(4))
    print(a, b)
    r = await asyncio.gather(cube(2), square(5), cube(1))
    print(r)


asyncio.run(main())
