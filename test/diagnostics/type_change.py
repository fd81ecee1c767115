# ERROR: 7:5: error: variable 'x' changes type from int to str: this is not supported
import asyncio


async def main():
    x = 1
    x = "one"
    print(x)


asyncio.run(main())
