# Shifting a big int by a negative count raises ValueError; huge right shifts just give 0 or -1.
import asyncio


async def shr(n, s):
    await asyncio.sleep(0)
    return n >> s


async def main():
    print(await shr(2 ** 300, 299), await shr(-(2 ** 300), 1000), await shr(2 ** 300, 10 ** 20))
    s = 5
    for k in range(3):
        s -= 3
        print(s, 3 ** 50 << s)


asyncio.run(main())
