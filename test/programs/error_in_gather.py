# An exception in one gathered child fails the gather (fail-fast) and ends the program with
# status 1 after what was printed so far; the traceback goes to stderr.
import asyncio


async def risky(i):
    await asyncio.sleep(0)
    print("risky", i)
    return 10 // (i - 2)


async def main():
    print("ok", await risky(0))
    r = await asyncio.gather(*[risky(i) for i in range(4)])
    print("never", r)


asyncio.run(main())
