# Exam scores bucketed by tasks into a dict of bucket -> count, then drawn as a text histogram
# with repeated strings and right-aligned labels.
import asyncio

SCORES = [55, 67, 72, 88, 91, 45, 78, 83, 99, 61, 70, 74, 85, 92, 38, 66, 79, 81, 58, 100,
          73, 69, 87, 94, 52, 77, 80, 63, 71, 89]


async def bucketize(scores):
    buckets = {}
    for s in scores:
        b = min(s // 10 * 10, 90)
        buckets[b] = buckets.get(b, 0) + 1
    await asyncio.sleep(0)
    return buckets


async def main():
    halves = await asyncio.gather(bucketize(SCORES[:15]), bucketize(SCORES[15:]))
    total = {}
    for h in halves:
        for b, n in h.items():
            total[b] = total.get(b, 0) + n
    for b in range(30, 100, 10):
        n = total.get(b, 0)
        label = f"{b}-{b + 9 if b < 90 else 100}"
        print(f"{label:>7} | {'#' * n}{' ' * (8 - n)}| {n:2d} {n / len(SCORES):6.1%}")
    print(halves[0])
    mode = max(sorted(total), key=lambda b: total[b])
    print("mode bucket", mode, "passing", sum(1 for s in SCORES if s >= 60))
    ranked = sorted(SCORES)
    mid = len(ranked) // 2
    print("median", (ranked[mid - 1] + ranked[mid]) / 2, "mean", round(sum(SCORES) / len(SCORES), 2))


asyncio.run(main())
