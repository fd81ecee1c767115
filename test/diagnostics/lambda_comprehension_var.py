# ERROR: 6:11: error: a lambda capturing 'i', which is assigned again after it is made (Python reads it when the lambda runs) is not supported
import asyncio


async def main():
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs])  # CPython: [2, 2, 2] (late binding)


asyncio.run(main())
