# A value whose type changes step by step through tasks: int -> str -> int -> float -> bool -> None.
import asyncio


async def step(v, k):
    await asyncio.sleep(0)
    if k == 0:
        return str(v)
    if k == 1:
        return len(v) * 10 ** 20
    if k == 2:
        return v / 7
    if k == 3:
        return v > 1e20
    return None


async def main():
    v = 2 ** 100
    for k in range(5):
        t = asyncio.create_task(step(v, k))
        v = await t
        print(k, v, repr(v))
    v = "again" if v is None else v
    print(v)
    a, b = await asyncio.gather(step(12345, 0), step("abc", 1))
    print(a, b, a + "!", b + 1)


asyncio.run(main())
