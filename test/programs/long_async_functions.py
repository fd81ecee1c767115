"""Async functions long enough to be compiled as a chain of segment coroutines (more than 128
top-level statements): variables assigned in one segment and used in later ones, parameters, str /
float / bool variables, loops and branches inside a segment, a `return` from the middle of a
segment (value and None), and an exception raised in a late segment."""
import asyncio


async def bump(x):
    await asyncio.sleep(0)
    return x + 1


async def long_sum(n, label):
    total = 0
    text = label
    ratio = 0.5
    flag = False
    total = total + 0 * n
    text = text + "b"
    ratio = ratio * 1.01 + 2
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 6 * n
    text = text + "h"
    ratio = ratio * 1.01 + 8
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 12 * n
    text = text + "n"
    ratio = ratio * 1.01 + 14
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 18 * n
    text = text + "t"
    ratio = ratio * 1.01 + 20
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 24 * n
    text = text + "z"
    ratio = ratio * 1.01 + 26
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 30 * n
    text = text + "f"
    ratio = ratio * 1.01 + 32
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 36 * n
    text = text + "l"
    ratio = ratio * 1.01 + 38
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 42 * n
    text = text + "r"
    ratio = ratio * 1.01 + 44
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 48 * n
    text = text + "x"
    ratio = ratio * 1.01 + 50
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 54 * n
    text = text + "d"
    ratio = ratio * 1.01 + 56
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 60 * n
    text = text + "j"
    ratio = ratio * 1.01 + 62
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 66 * n
    text = text + "p"
    ratio = ratio * 1.01 + 68
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 72 * n
    text = text + "v"
    ratio = ratio * 1.01 + 74
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    late = total % 97
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 78 * n
    text = text + "b"
    ratio = ratio * 1.01 + 80
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 84 * n
    text = text + "h"
    ratio = ratio * 1.01 + 86
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 90 * n
    text = text + "n"
    ratio = ratio * 1.01 + 92
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 96 * n
    text = text + "t"
    ratio = ratio * 1.01 + 98
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    if n > 5:
        return total * 1000 + len(text)
    for j in range(1):
        total = total + j
    total = total + 102 * n
    text = text + "z"
    ratio = ratio * 1.01 + 104
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 108 * n
    text = text + "f"
    ratio = ratio * 1.01 + 110
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 114 * n
    text = text + "l"
    ratio = ratio * 1.01 + 116
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 120 * n
    text = text + "r"
    ratio = ratio * 1.01 + 122
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 126 * n
    text = text + "x"
    ratio = ratio * 1.01 + 128
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 132 * n
    text = text + "d"
    ratio = ratio * 1.01 + 134
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    total = total + 138 * n
    text = text + "j"
    ratio = ratio * 1.01 + 140
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(3):
        total = total + j
    total = total + 144 * n
    text = text + "p"
    ratio = ratio * 1.01 + 146
    if total % 3 == 0:
        flag = not flag
    else:
        total = total - 1
    total = await bump(total)
    for j in range(1):
        total = total + j
    print(len(text), flag, late, f"{ratio:.3f}")
    return total


async def long_none(n):
    count = 0
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    if n == 1:
        print("early", count)
        return
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    count = count + 0
    count = count + 1
    count = count + 2
    count = count + 3
    count = count + 4
    print("late", count)


async def long_raises(n):
    acc = 1
    acc = (acc * 7 + 0) % 1009
    acc = (acc * 7 + 1) % 1009
    acc = (acc * 7 + 2) % 1009
    acc = (acc * 7 + 3) % 1009
    acc = (acc * 7 + 4) % 1009
    acc = (acc * 7 + 5) % 1009
    acc = (acc * 7 + 6) % 1009
    acc = (acc * 7 + 7) % 1009
    acc = (acc * 7 + 8) % 1009
    acc = (acc * 7 + 9) % 1009
    acc = (acc * 7 + 10) % 1009
    acc = (acc * 7 + 11) % 1009
    acc = (acc * 7 + 12) % 1009
    acc = (acc * 7 + 13) % 1009
    acc = (acc * 7 + 14) % 1009
    acc = (acc * 7 + 15) % 1009
    acc = (acc * 7 + 16) % 1009
    acc = (acc * 7 + 17) % 1009
    acc = (acc * 7 + 18) % 1009
    acc = (acc * 7 + 19) % 1009
    acc = (acc * 7 + 20) % 1009
    acc = (acc * 7 + 21) % 1009
    acc = (acc * 7 + 22) % 1009
    acc = (acc * 7 + 23) % 1009
    acc = (acc * 7 + 24) % 1009
    acc = (acc * 7 + 25) % 1009
    acc = (acc * 7 + 26) % 1009
    acc = (acc * 7 + 27) % 1009
    acc = (acc * 7 + 28) % 1009
    acc = (acc * 7 + 29) % 1009
    acc = (acc * 7 + 30) % 1009
    acc = (acc * 7 + 31) % 1009
    acc = (acc * 7 + 32) % 1009
    acc = (acc * 7 + 33) % 1009
    acc = (acc * 7 + 34) % 1009
    acc = (acc * 7 + 35) % 1009
    acc = (acc * 7 + 36) % 1009
    acc = (acc * 7 + 37) % 1009
    acc = (acc * 7 + 38) % 1009
    acc = (acc * 7 + 39) % 1009
    acc = (acc * 7 + 40) % 1009
    acc = (acc * 7 + 41) % 1009
    acc = (acc * 7 + 42) % 1009
    acc = (acc * 7 + 43) % 1009
    acc = (acc * 7 + 44) % 1009
    acc = (acc * 7 + 45) % 1009
    acc = (acc * 7 + 46) % 1009
    acc = (acc * 7 + 47) % 1009
    acc = (acc * 7 + 48) % 1009
    acc = (acc * 7 + 49) % 1009
    acc = (acc * 7 + 50) % 1009
    acc = (acc * 7 + 51) % 1009
    acc = (acc * 7 + 52) % 1009
    acc = (acc * 7 + 53) % 1009
    acc = (acc * 7 + 54) % 1009
    acc = (acc * 7 + 55) % 1009
    acc = (acc * 7 + 56) % 1009
    acc = (acc * 7 + 57) % 1009
    acc = (acc * 7 + 58) % 1009
    acc = (acc * 7 + 59) % 1009
    acc = (acc * 7 + 60) % 1009
    acc = (acc * 7 + 61) % 1009
    acc = (acc * 7 + 62) % 1009
    acc = (acc * 7 + 63) % 1009
    acc = (acc * 7 + 64) % 1009
    acc = (acc * 7 + 65) % 1009
    acc = (acc * 7 + 66) % 1009
    acc = (acc * 7 + 67) % 1009
    acc = (acc * 7 + 68) % 1009
    acc = (acc * 7 + 69) % 1009
    acc = (acc * 7 + 70) % 1009
    acc = (acc * 7 + 71) % 1009
    acc = (acc * 7 + 72) % 1009
    acc = (acc * 7 + 73) % 1009
    acc = (acc * 7 + 74) % 1009
    acc = (acc * 7 + 75) % 1009
    acc = (acc * 7 + 76) % 1009
    acc = (acc * 7 + 77) % 1009
    acc = (acc * 7 + 78) % 1009
    acc = (acc * 7 + 79) % 1009
    acc = (acc * 7 + 80) % 1009
    acc = (acc * 7 + 81) % 1009
    acc = (acc * 7 + 82) % 1009
    acc = (acc * 7 + 83) % 1009
    acc = (acc * 7 + 84) % 1009
    acc = (acc * 7 + 85) % 1009
    acc = (acc * 7 + 86) % 1009
    acc = (acc * 7 + 87) % 1009
    acc = (acc * 7 + 88) % 1009
    acc = (acc * 7 + 89) % 1009
    acc = (acc * 7 + 90) % 1009
    acc = (acc * 7 + 91) % 1009
    acc = (acc * 7 + 92) % 1009
    acc = (acc * 7 + 93) % 1009
    acc = (acc * 7 + 94) % 1009
    acc = (acc * 7 + 95) % 1009
    acc = (acc * 7 + 96) % 1009
    acc = (acc * 7 + 97) % 1009
    acc = (acc * 7 + 98) % 1009
    acc = (acc * 7 + 99) % 1009
    acc = (acc * 7 + 100) % 1009
    acc = (acc * 7 + 101) % 1009
    acc = (acc * 7 + 102) % 1009
    acc = (acc * 7 + 103) % 1009
    acc = (acc * 7 + 104) % 1009
    acc = (acc * 7 + 105) % 1009
    acc = (acc * 7 + 106) % 1009
    acc = (acc * 7 + 107) % 1009
    acc = (acc * 7 + 108) % 1009
    acc = (acc * 7 + 109) % 1009
    acc = (acc * 7 + 110) % 1009
    acc = (acc * 7 + 111) % 1009
    acc = (acc * 7 + 112) % 1009
    acc = (acc * 7 + 113) % 1009
    acc = (acc * 7 + 114) % 1009
    acc = (acc * 7 + 115) % 1009
    acc = (acc * 7 + 116) % 1009
    acc = (acc * 7 + 117) % 1009
    acc = (acc * 7 + 118) % 1009
    acc = (acc * 7 + 119) % 1009
    acc = (acc * 7 + 120) % 1009
    print("before the error", acc)
    acc = acc // (n - n)
    acc = (acc * 7 + 121) % 1009
    acc = (acc * 7 + 122) % 1009
    acc = (acc * 7 + 123) % 1009
    acc = (acc * 7 + 124) % 1009
    acc = (acc * 7 + 125) % 1009
    acc = (acc * 7 + 126) % 1009
    acc = (acc * 7 + 127) % 1009
    acc = (acc * 7 + 128) % 1009
    acc = (acc * 7 + 129) % 1009
    acc = (acc * 7 + 130) % 1009
    acc = (acc * 7 + 131) % 1009
    acc = (acc * 7 + 132) % 1009
    acc = (acc * 7 + 133) % 1009
    acc = (acc * 7 + 134) % 1009
    acc = (acc * 7 + 135) % 1009
    acc = (acc * 7 + 136) % 1009
    acc = (acc * 7 + 137) % 1009
    acc = (acc * 7 + 138) % 1009
    acc = (acc * 7 + 139) % 1009
    print("never", acc)


async def main():
    print(await long_sum(3, "s"))
    print(await long_sum(9, "t"))
    await long_none(1)
    await long_none(2)
    await long_raises(4)


asyncio.run(main())
