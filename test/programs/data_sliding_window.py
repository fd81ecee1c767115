# Sliding windows over sensor readings: each task computes windowed averages and maxima for one
# sensor; the alerts are merged and sorted by time.
import asyncio

SENSORS = {
    "boiler": [61, 63, 70, 82, 91, 88, 79, 65, 62],
    "fridge": [4, 4, 5, 9, 12, 6, 4, 3, 4],
    "room": [20, 21, 21, 22, 22, 23, 22, 21, 20],
}
LIMITS = {"boiler": 85, "fridge": 8, "room": 25}


async def scan(name, values, width):
    windows = [values[i:i + width] for i in range(len(values) - width + 1)]
    avgs = [round(sum(w) / width, 2) for w in windows]
    peaks = [max(w) for w in windows]
    alerts = [(t, name, v) for t, v in enumerate(values) if v > LIMITS[name]]
    await asyncio.sleep(0)
    return name, avgs, peaks, alerts


async def main():
    results = await asyncio.gather(*[scan(n, v, 3) for n, v in SENSORS.items()])
    all_alerts = []
    for name, avgs, peaks, alerts in results:
        print(f"{name:7} avg {avgs}")
        print(f"{'':7} max {peaks}")
        all_alerts.extend(alerts)
    all_alerts.sort(key=lambda a: (a[0], a[1]))
    for t, name, v in all_alerts:
        print(f"t={t} {name} {v} > {LIMITS[name]}")
    worst = max(results, key=lambda r: max(r[2]) - min(r[2]))
    print("most variable:", worst[0], "alerts:", len(all_alerts))


asyncio.run(main())
