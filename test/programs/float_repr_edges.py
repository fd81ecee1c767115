# Float repr at the edges: tiny/huge magnitudes, infinities, nan, -0.0 and repr switch-over points.
import asyncio

HUGE = 1e308


async def main():
    inf = HUGE * 10
    print(5e-324, 1.7976931348623157e308, 2.2250738585072014e-308)
    print(1e-7, 1e-5, 0.0001, 1e15 + 0.5, 9999999999999998.0, 1e16 + 2)
    print(inf, -inf, inf - inf, inf * 0, -inf < 0.0 < inf, f"{inf:.2f}", f"{-inf:>6}")
    print(-0.0, 0.0 * -1, -0.0 == 0.0, abs(-0.0), str(-0.0), f"{-0.0}")
    print(0.1 * 3, 1.1 + 2.2, 2.675, 1 / 9, 100 / 7, 3.0 * 1e-300 * 1e-300)
    print(float(9223372036854775807), float(-2 ** 62 * 2), 2.0 ** 0.5, 10.0 ** -2, 2 ** 0.5)
    nan = inf - inf
    print(nan == nan, nan != nan, nan < 1.0, f"{nan:e}", max(1.0, 2.0) > 1.5)


asyncio.run(main())
