# 2-D points as tuples: tasks compute nearest neighbours with math.hypot/math.dist, centroids,
# bounding boxes and polygon area (shoelace).
import asyncio
import math

POINTS = [(0, 0), (3, 4), (6, 0), (5, 5), (-2, 7), (1, -3), (8, 8), (2, 2)]


async def nearest(i):
    px, py = POINTS[i]
    best = None
    for j, (qx, qy) in enumerate(POINTS):
        if j != i:
            d = math.hypot(qx - px, qy - py)
            if best is None or d < best[0]:
                best = (d, j)
    await asyncio.sleep(0)
    return i, best[1], round(best[0], 4)


async def main():
    pairs = await asyncio.gather(*[nearest(i) for i in range(len(POINTS))])
    for i, j, d in pairs:
        print(f"{POINTS[i]!s:8} -> {POINTS[j]!s:8} {d:.4f}")
    xs, ys = zip(*POINTS)
    print("centroid", (sum(xs) / len(xs), sum(ys) / len(ys)))
    print("box", (min(xs), min(ys)), (max(xs), max(ys)))
    poly = [(0, 0), (4, 0), (4, 3), (0, 3)]
    area = 0
    for (x1, y1), (x2, y2) in zip(poly, poly[1:] + poly[:1]):
        area += x1 * y2 - x2 * y1
    print("area", abs(area) / 2, "perimeter", sum(math.dist(a, b) for a, b in zip(poly, poly[1:] + poly[:1])))
    far = max(((a, b) for a in POINTS for b in POINTS if a < b), key=lambda ab: math.dist(*ab))
    print("farthest pair", far, round(math.dist(*far), 6))
    angles = [round(math.degrees(math.atan2(y, x)), 2) for x, y in POINTS[1:4]]
    print(angles, math.pi, round(math.sqrt(2), 10))


asyncio.run(main())
