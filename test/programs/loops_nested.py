# Nested for/while loops with break and continue.
import asyncio


async def main():
    for i in range(5):
        if i == 3:
            continue
        line = ""
        for j in range(i):
            if j > 2:
                break
            line = line + str(j)
        print(i, line)
    k = 0
    while True:
        k += 1
        if k % 2 == 0:
            continue
        if k > 7:
            break
        print("odd", k)
    total = 0
    for n in range(10, 0, -3):
        total += n
    print("total", total)


asyncio.run(main())
