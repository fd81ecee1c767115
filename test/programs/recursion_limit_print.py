# print() runs two C-level recursion checks below its frame in CPython 3.11: at the deepest
# level it raises "... while calling a Python object".
import asyncio


async def bottom(n):
    if n == 0:
        print("at the bottom")
        return 0
    return await bottom(n - 1) + 1


async def main():
    print(await bottom(987))
    print(await bottom(988))


asyncio.run(main())
