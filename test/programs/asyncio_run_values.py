# asyncio.run() returns main's value of every supported type; the module uses it after the loop.
import asyncio


async def word(i):
    await asyncio.sleep(0)
    return "w" + str(i)


async def words(n):
    return await asyncio.gather(*[word(i) for i in range(n)])


async def half(x):
    await asyncio.sleep(0)
    return x / 2


async def is_even(n):
    return n % 2 == 0


async def greet(name):
    w = await word(7)
    return name + " " + w


print(asyncio.run(words(3)))
print(asyncio.run(half(5)) + 1)
print(asyncio.run(is_even(4)), asyncio.run(is_even(3)))
print(len(asyncio.run(greet("hello"))), asyncio.run(greet("hi")))
print(f"{asyncio.run(half(7)):.3f}")
