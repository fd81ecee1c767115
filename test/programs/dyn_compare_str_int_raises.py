# "a" < 1 with types known only at run time: == across types is fine, ordering a str against an int raises TypeError.
import asyncio


async def key(k):
    await asyncio.sleep(0)
    return "a" if k == 2 else k


async def main():
    a, b, c = await asyncio.gather(key(0), key(1), key(2))
    print(a, b, c, a == c, c != b, c == "a")
    print(a < b, b <= 2 ** 70, c > "Z")
    print(c < b)


asyncio.run(main())
