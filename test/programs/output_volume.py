# Many lines and one long line of output from interleaved tasks: buffering must not reorder or drop text.
import asyncio

LINES = 2000


async def writer(name, n):
    for i in range(n):
        print(f"{name}{i:05d} {i * i % 7919:>5} {i / 7:.4f}")
        if i % 3 == 0:
            await asyncio.sleep(0)
    return n


async def main():
    a, b = await asyncio.gather(writer("a", LINES), writer("b", LINES // 2))
    line = "0123456789" * 5000
    print(len(line))
    print(line)
    print(a + b, end="")
    print("", end="\n")


asyncio.run(main())
