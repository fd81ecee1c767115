# Temperatures parsed by tasks with float(): the good readings are averaged, then a sensor
# reports "abc" and float raises ValueError: could not convert string to float (exit 1).
import asyncio

BATCHES = [["21.5", "22.0", "-3e1"], ["19.25", " 20 "], ["18.0", "abc", "17.5"]]


async def parse(batch):
    values = []
    for text in batch:
        values.append(float(text))
        await asyncio.sleep(0)
    return values


async def main():
    for batch in BATCHES:
        values = await asyncio.create_task(parse(batch))
        print(values, f"mean {sum(values) / len(values):.3f}")
    print("not reached")


asyncio.run(main())
