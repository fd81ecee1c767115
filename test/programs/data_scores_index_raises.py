# Looking up the n-th best score per team: one team has fewer scores than asked for, so
# scores[n] raises IndexError: list index out of range inside a created task (exit 1).
import asyncio

TEAMS = {"red": [88, 92, 75, 60], "blue": [70, 95], "green": [81, 79, 90]}


async def nth_best(team, n):
    ranked = sorted(TEAMS[team], reverse=True)
    print(team, "ranked", ranked)
    await asyncio.sleep(0)
    return ranked[n]


async def main():
    third = {}
    for team in TEAMS:
        task = asyncio.create_task(nth_best(team, 2))
        third[team] = await task
        print(team, "third best", third[team])
    print("not reached", third)


asyncio.run(main())
