# The small-int boundary 2**62 crossed in both directions by + - * // % and unary minus, and
# Python's floor semantics with mixed signs.
import asyncio

async def count(k):
    total = 0
    for i in range(k):
        total = total + i
        if total > 2 ** 62:
            break
    else_v = total
    return else_v

async def main():
    a = await count(10)
    b = 4611686018427387903
    c = b + 1
    d = -b - 2
    print(a, b, c, d, c - 1 == b, d + 1, -(-2 ** 62), (-2) ** 62, 2 ** 62 - 1 + 1)
    print(c * c, d * d, c // -1, d // -1, d % -1, abs(d), -d)
    print(7 // -2, -7 // 2, 7 % -2, -7 % 2, divmod_like(7, -2))

def divmod_like(a, b):
    return a // b * b + a % b

asyncio.run(main())
