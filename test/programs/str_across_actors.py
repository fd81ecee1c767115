# Strings built in children travel back through several actor levels intact.
import asyncio


async def word(i):
    await asyncio.sleep(0)
    return "w" + str(i)


async def sentence(n):
    s = ""
    for i in range(n):
        s = s + await word(i) + " "
    return s + "."


async def main():
    a, b = await asyncio.gather(sentence(3), sentence(5))
    print(a)
    print(b)
    print(len(a) + len(b))


asyncio.run(main())
