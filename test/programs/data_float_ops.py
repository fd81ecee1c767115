# Floats from measurements: inf and nan handling, is_integer, banker's rounding, float
# comparisons and repr, sums computed by tasks.
import asyncio
import math

READINGS = ["1.5", "2.25", "inf", "-0.0", "nan", "3", "1e-3", "-2.5e2", "0.1"]


async def parse(text):
    await asyncio.sleep(0)
    return float(text)


async def main():
    values = await asyncio.gather(*[parse(t) for t in READINGS])
    print(values)
    finite = [v for v in values if math.isfinite(v)]
    print(finite, sum(finite), len(values) - len(finite))
    print([v.is_integer() for v in finite], (2.0).is_integer(), (2.5).is_integer())
    nan = values[4]
    print(nan == nan, nan != nan, math.isnan(nan), math.isinf(values[2]), values[2] > 1e308, -values[2])
    print(values[3], values[3] == 0.0, math.copysign(1, values[3]), 1 / values[2], values[2] - values[2])
    print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), round(0.1 + 0.2, 10), 1.1 * 3)
    print(7 / 2, 7 // 2, -7 / 2, -7 // 2, 7.0 // 2, -7.5 % 2, 7.5 % -2, 2 ** 0.5, 10 / 4 * 4)
    print(1e16, 1e15 + 0.5, 123456789012345678.0, 1.0e-5, 0.0001, 5e-324, 1.7976931348623157e308)
    print(round(0.5), round(1.5), round(2.5), round(-0.5), round(2.345, 2), round(2.355, 2))
    print(max(finite), min(finite), sorted(finite), float(int(2.9)), int(float("4.0")))
    total = 0.0
    for _ in range(10):
        total += 0.1
    print(total, total == 1.0, f"{total:.20f}", f"{math.fsum([0.1] * 10)}")


asyncio.run(main())
