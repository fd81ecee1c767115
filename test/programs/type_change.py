# A variable rebound from an int to a str (its type changes): printed as the str.
import asyncio


async def main():
    x = 1
    x = "one"
    print(x)


asyncio.run(main())
