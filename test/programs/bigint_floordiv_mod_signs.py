# // and % with every sign combination on big values: floor toward minus infinity, sign of the divisor.
import asyncio

A = 3 ** 100 + 17
B = 2 ** 70 + 5


async def both(a, b):
    await asyncio.sleep(0)
    q = a // b
    r = a % b
    return f"{q} {r} {q * b + r == a}"


async def main():
    lines = await asyncio.gather(both(A, B), both(-A, B), both(A, -B), both(-A, -B), both(B, A), both(-B, A),
                                 both(A, 7), both(-A, 7), both(A, -7), both(-A, -7), both(-1, 10 ** 30))
    for line in lines:
        print(line)
    x = -(10 ** 40)
    x //= 3
    y = 10 ** 40
    y %= -(7 ** 20)
    print(x, y)
    print(A // 2.5, A % 2.5, -B // 1e10, -B % 1e10)
    print(-(2 ** 64) // (2 ** 32), -(2 ** 64) % (2 ** 32 + 1), (2 ** 64) // -(2 ** 63), (2 ** 64) % -(2 ** 63 + 1))


asyncio.run(main())
