# ERROR: 6:9: error: a string with a lone surrogate (U+D800) is not supported
import asyncio


async def main():
    s = "a\ud800b"
    print(len(s))


asyncio.run(main())
