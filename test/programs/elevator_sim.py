# Two elevators move step by step as concurrent tasks; each step prints its floor and yields.
import asyncio

FLOORS = 9


async def elevator(name, start, stops):
    floor = start
    moved = 0
    target = stops
    while target > 0:
        goal = target % 10
        target = target // 10
        while floor != goal:
            floor = floor + 1 if goal > floor else floor - 1
            moved += 1
            print(f"{name}: floor {floor}")
            await asyncio.sleep(0)
        print(f"{name}: doors open at {floor}")
    return moved


async def main():
    a = asyncio.create_task(elevator("A", 0, 372))
    b = asyncio.create_task(elevator("B", FLOORS - 1, 15))
    ma, mb = await asyncio.gather(a, b)
    print(f"A moved {ma}, B moved {mb}, total {ma + mb}")


asyncio.run(main())
