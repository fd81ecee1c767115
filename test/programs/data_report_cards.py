# Report cards printed as boxes: center/ljust/rjust, str.format with named fields, capitalize and
# swapcase, print with sep= and end=; comments for failing pupils go to sys.stderr.
import asyncio
import sys

PUPILS = [("mary jones", {"math": 91, "art": 78}), ("TOM SMITH", {"math": 54, "art": 58}),
          ("li wei", {"math": 73, "art": 88})]
WIDTH = 30


async def card(name, marks):
    await asyncio.sleep(0)
    mean = sum(marks.values()) / len(marks)
    lines = ["+" + "-" * WIDTH + "+", "|" + name.title().center(WIDTH) + "|", "+" + "-" * WIDTH + "+"]
    for subject, mark in marks.items():
        lines.append("|{subj:<12}{mark:>6d}{bar:>12}|".format(subj=subject.capitalize(), mark=mark, bar="*" * (mark // 10)))
    lines.append("|{0:<12}{1:>6.1f}{2:>12}|".format("Mean", mean, "PASS" if mean >= 60 else "FAIL"))
    lines.append("+" + "-" * WIDTH + "+")
    return name, mean, lines


async def main():
    cards = await asyncio.gather(*[card(n, m) for n, m in PUPILS])
    for name, mean, lines in cards:
        print(*lines, sep="\n")
        if mean < 60:
            print("note:", name.swapcase(), "needs help", file=sys.stderr)
    for name, mean, _ in cards:
        print(name.split()[0].capitalize(), end=": ")
        print(round(mean, 1), end=" | ")
    print()
    print("Hello World".swapcase(), "hELLO".capitalize(), "ß".upper(), "x".center(6, "="), "ab".center(5, "."))
    print("{:^9}|{:<4}|{:>4}".format("mid", "l", "r"), "{0}{0}{1}".format("ab", "!"), sep=" ~ ", end="\n\n")
    print("end")


asyncio.run(main())
