# asyncio.run() returns main's value; the module prints it after the loop has closed.
import asyncio


async def pair(i):
    await asyncio.sleep(0)
    return i * 11


async def main():
    a, b = await asyncio.gather(pair(2), pair(3))
    print("inside", a, b)
    return a * 100 + b


print("main returned", asyncio.run(main()))
print("after run")
