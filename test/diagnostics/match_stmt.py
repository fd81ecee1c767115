# ERROR: 7:5: error: match statement is not supported
import asyncio


async def main():
    n = 2
    match n:
        case 1:
            print("one")
        case _:
            print("other")


asyncio.run(main())
