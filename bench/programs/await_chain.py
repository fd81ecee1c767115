"""Message round trips: 200,000 awaited child actors in sequence (spawn, reply, receive)."""
# bench: ops=200000 unit=round-trip
import asyncio

N = 200000


async def add(a, b):
    return a + b


async def main():
    s = 0
    for i in range(N):
        s = await add(s, i % 7)
    print("sum", s)


asyncio.run(main())
