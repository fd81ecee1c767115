# Race results: enumerate with start, zip over parallel lists (including unequal lengths), and
# dict(zip(...)); lap times are added up by one task per runner.
import asyncio

RUNNERS = ["maya", "ivan", "olga", "pete"]
LAPS = [[62.1, 60.4, 59.8], [61.0, 61.2, 60.9], [63.5, 58.2, 58.0], [60.0, 60.0, 62.5]]
BIBS = [101, 102, 103, 104, 105]


async def total(name, laps):
    await asyncio.sleep(0)
    return name, round(sum(laps), 2), min(laps)


async def main():
    totals = await asyncio.gather(*[total(n, l) for n, l in zip(RUNNERS, LAPS)])
    podium = sorted(totals, key=lambda t: t[1])
    for place, (name, time_, best) in enumerate(podium, start=1):
        print(f"{place}. {name:5} {time_:7.2f} best lap {best}")
    print(list(zip(RUNNERS, BIBS)), len(list(zip(BIBS, RUNNERS, LAPS))))
    bib_of = dict(zip(RUNNERS, BIBS))
    print(bib_of, BIBS[len(RUNNERS):])
    for lap_no, lap_times in enumerate(zip(*LAPS)):
        leader = RUNNERS[lap_times.index(min(lap_times))]
        print("lap", lap_no, lap_times, "fastest", leader)
    for i, (name, laps) in enumerate(zip(RUNNERS, LAPS)):
        if i % 2:
            print(i, name, [f"{t:.1f}" for t in laps])
    print(list(enumerate("abc", 10)), list(zip()), list(zip("ab", "xyz", [1, 2, 3])))


asyncio.run(main())
