# ERROR: 9:20: error: a lambda capturing 'n', which is assigned again after it is made (Python reads it when the lambda runs) is not supported
import asyncio


async def main():
    fns = []
    n = 1
    while n < 4:
        fns.append(lambda x: x * n)
        n += 1
    print([f(10) for f in fns])


asyncio.run(main())
