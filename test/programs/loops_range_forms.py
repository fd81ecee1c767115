# range() with negative steps, empty ranges, loop variable after the loop, break/continue in nested loops.
import asyncio


async def main():
    for i in range(10, 0, -3):
        print("down", i)
    for i in range(5, 2):
        print("never", i)
    for i in range(-3, 3, 2):
        print("odd", i, end=" ")
    print()
    last = -1
    for i in range(4):
        last = i
    print("last", last)
    found = 0
    for a in range(1, 20):
        for b in range(a, 20):
            if a * a + b * b == 13 * 13:
                found = a * 100 + b
                break
            if b > 15:
                continue
        if found:
            break
    print("found", found)
    count = 0
    i = 0
    while True:
        i += 1
        if i % 3 == 0:
            continue
        if i > 20:
            break
        count += i
    print("count", count, "i", i)


asyncio.run(main())
