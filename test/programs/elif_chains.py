# if/elif/else chains over ints, floats and strings (FizzBuzz and grading).
import asyncio


def grade(score):
    if score >= 90.0:
        return "A"
    elif score >= 80.0:
        return "B"
    elif score >= 70.0:
        return "C"
    else:
        return "F"


async def main():
    for i in range(1, 16):
        if i % 15 == 0:
            print("FizzBuzz")
        elif i % 3 == 0:
            print("Fizz")
        elif i % 5 == 0:
            print("Buzz")
        else:
            print(i)
    print(grade(95.5), grade(80.0), grade(75.25), grade(12.0))


asyncio.run(main())
