# A printed gather result shows each str with repr quoting: embedded quotes, backslashes, newlines, unicode.
import asyncio


async def label(i):
    await asyncio.sleep(0)
    if i == 0:
        return "plain"
    elif i == 1:
        return "it's"
    elif i == 2:
        return 'say "hi"'
    elif i == 3:
        return "both ' and \""
    elif i == 4:
        return "back\\slash"
    elif i == 5:
        return "tab\tnew\nline"
    elif i == 6:
        return "naïve ☃"
    return ""


async def fl(i):
    return i / 4


async def main():
    print(await asyncio.gather(*[label(i) for i in range(8)]))
    print(await asyncio.gather(*[fl(i) for i in range(5)]))
    words = await asyncio.gather(label(1), label(5))
    print(words[0], words[1], sep="|")
    print(await asyncio.gather(fl(-4), fl(2)), end="!\n")


asyncio.run(main())
