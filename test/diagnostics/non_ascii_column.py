# ERROR: 6:19: error: name 'ünbound' is not defined
import asyncio


async def main():
    naïve = "é" + ünbound
    print(naïve)


asyncio.run(main())
