# The common math functions and constants: a table of values per function computed by tasks.
import asyncio
import math

XS = [0.5, 1.0, 2.0, 10.0]


async def table(name, xs):
    await asyncio.sleep(0)
    if name == "sqrt":
        ys = [math.sqrt(x) for x in xs]
    elif name == "log":
        ys = [math.log(x) for x in xs]
    elif name == "log10":
        ys = [math.log10(x) for x in xs]
    elif name == "log2":
        ys = [math.log2(x) for x in xs]
    elif name == "exp":
        ys = [math.exp(x) for x in xs]
    elif name == "sin":
        ys = [math.sin(x) for x in xs]
    elif name == "cos":
        ys = [math.cos(x) for x in xs]
    else:
        ys = [math.atan(x) for x in xs]
    return name, [round(y, 6) for y in ys]


async def main():
    names = ["sqrt", "log", "log10", "log2", "exp", "sin", "cos", "atan"]
    for name, ys in await asyncio.gather(*[table(n, XS) for n in names]):
        print(f"{name:6}", " ".join(f"{y:12.6f}" for y in ys))
    print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
    print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), math.ceil(1e-9))
    print(math.gcd(84, 36), math.gcd(0, 5), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
    print(math.isqrt(99), math.sqrt(16), math.pow(2, 10), math.fabs(-3), math.hypot(5, 12), math.log(8, 2))
    print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 6), 12), math.fmod(-7, 3))
    print(math.isclose(1.0, 1.0 + 1e-10), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), math.modf(3.75))


asyncio.run(main())
