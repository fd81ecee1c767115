# Weather readings per city parsed from lines, then min/max/mean/median per city computed by
# tasks, plus the days when every city was above freezing.
import asyncio

DATA = """paris 3.5 5.0 -1.0 7.25 8.0 2.5 4.0
oslo -6.0 -4.5 -8.25 -1.0 0.5 1.0 -3.0
cairo 18.0 19.5 21.0 20.25 22.0 19.0 18.5
quebec -12.0 -9.5 -15.0 -3.0 -2.0 0.0 1.5"""


async def stats(city, temps):
    ordered = sorted(temps)
    n = len(ordered)
    median = ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2
    await asyncio.sleep(0)
    spread = max(temps) - min(temps)
    return {"city": city, "min": min(temps), "max": max(temps), "mean": sum(temps) / n, "median": median,
            "spread": spread, "frost": sum(1 for t in temps if t < 0)}


async def main():
    table = {}
    for line in DATA.splitlines():
        city, *temps = line.split()
        table[city] = [float(t) for t in temps]
    results = await asyncio.gather(*[stats(c, t) for c, t in table.items()])
    print(f"{'city':8}{'min':>8}{'max':>8}{'mean':>8}{'median':>8}{'frost':>6}")
    for r in results:
        print(f"{r['city']:8}{r['min']:8.2f}{r['max']:8.2f}{r['mean']:8.2f}{r['median']:8.2f}{r['frost']:6d}")
    warm_days = [day for day, temps in enumerate(zip(*table.values())) if all(t > 0 for t in temps)]
    print("days above freezing everywhere:", warm_days)
    coldest = min(results, key=lambda r: r["mean"])
    print("coldest:", coldest["city"], "widest spread:", max(results, key=lambda r: r["spread"])["city"])
    daily_means = [round(sum(day) / len(day), 3) for day in zip(*table.values())]
    print(daily_means)


asyncio.run(main())
