# Ranked-choice voting: ballots (tuples of names) counted by precinct tasks, merged, and the
# instant-runoff rounds eliminate the last candidate until one has a majority.
import asyncio

PRECINCTS = [
    [("kim", "lou", "max"), ("lou", "kim"), ("max", "lou"), ("kim",), ("lou", "max", "kim")],
    [("max", "kim"), ("max", "lou"), ("lou", "kim", "max"), ("kim", "max"), ("max",)],
    [("lou", "max"), ("kim", "lou"), ("nia", "kim"), ("nia", "lou", "kim")],
]


async def first_choices(ballots, remaining):
    counts = {name: 0 for name in remaining}
    for ballot in ballots:
        live = [c for c in ballot if c in remaining]
        if live:
            counts[live[0]] += 1
    await asyncio.sleep(0)
    return counts


async def main():
    remaining = sorted({c for p in PRECINCTS for b in p for c in b})
    round_no = 1
    while True:
        parts = await asyncio.gather(*[first_choices(p, remaining) for p in PRECINCTS])
        totals = {name: sum(part[name] for part in parts) for name in remaining}
        votes = sum(totals.values())
        print(f"round {round_no}: {totals} ({votes} live ballots)")
        leader = max(remaining, key=lambda n: (totals[n], n))
        if totals[leader] * 2 > votes or len(remaining) == 1:
            print("winner:", leader, f"with {totals[leader]}/{votes} = {totals[leader] / votes:.1%}")
            break
        loser = min(remaining, key=lambda n: (totals[n], n))
        print("  eliminate", loser)
        remaining.remove(loser)
        round_no += 1
    print("ballots:", sum(len(p) for p in PRECINCTS), "exhausted:", sum(len(p) for p in PRECINCTS) - votes)


asyncio.run(main())
