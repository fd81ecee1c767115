"""Context switches: two tasks that each yield to the loop 1,000,000 times with sleep(0)."""
# bench: ops=2000000 unit=yield
import asyncio

N = 1000000


async def spin(k):
    s = 0
    for i in range(N):
        await asyncio.sleep(0)
        s += k
    return s


async def main():
    a = asyncio.create_task(spin(1))
    b = asyncio.create_task(spin(2))
    print("yields:", await a + await b)


asyncio.run(main())
