# Plain recursion in sync functions: factorial, gcd, ackermann, hanoi move count.
import asyncio


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def hanoi(n):
    if n == 0:
        return 0
    return 2 * hanoi(n - 1) + 1


async def main():
    print(fact(20), gcd(1071, 462), ack(2, 3), hanoi(30))


asyncio.run(main())
