# ERROR: 7:11: error: subscript of str with int is not supported
import asyncio


async def main():
    word = "async"
    print(word[0])


asyncio.run(main())
