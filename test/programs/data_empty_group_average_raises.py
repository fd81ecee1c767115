# Averages per group computed by tasks: the last group is empty, so sum / len divides by zero
# (ZeroDivisionError: division by zero) inside a gathered task (exit 1).
import asyncio

GROUPS = {"a": [3, 4, 5], "b": [10], "c": [2, 2, 2, 2], "d": []}


async def average(name):
    values = GROUPS[name]
    await asyncio.sleep(0)
    return name, sum(values) / len(values)


async def main():
    some = await asyncio.gather(*[average(n) for n in ["a", "b", "c"]])
    for name, avg in some:
        print(f"{name}: {avg:.3f}")
    everything = await asyncio.gather(*[average(n) for n in GROUPS])
    print("not reached", everything)


asyncio.run(main())
