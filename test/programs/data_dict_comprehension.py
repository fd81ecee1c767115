# Dict comprehensions, dict(zip(...)), dict(a=1) and inversions over data returned by tasks.
import asyncio

NAMES = ["oslo", "lima", "rome", "cairo", "quito"]
TEMPS = [4.5, 19.0, 16.25, 24.0, 14.0]


async def lookup(city):
    await asyncio.sleep(0)
    return city, len(city), city[0].upper()


async def main():
    temps = dict(zip(NAMES, TEMPS))
    print(temps)
    info = await asyncio.gather(*[lookup(c) for c in NAMES])
    lengths = {city: n for city, n, _ in info}
    initials = {letter: city for city, _, letter in info}
    print(lengths, initials)
    warm = {c: t for c, t in temps.items() if t > 15}
    print(warm, len(warm))
    fahrenheit = {c: round(t * 9 / 5 + 32, 1) for c, t in temps.items()}
    print(fahrenheit)
    by_len = {}
    for city, n in lengths.items():
        by_len.setdefault(n, []).append(city)
    print(by_len)
    inverted = {v: k for k, v in lengths.items()}
    print(inverted)
    squares = {i: i * i for i in range(-3, 4)}
    print(squares, {v: k for k, v in squares.items()})
    print(dict(a=1, b=[2, 3], c={"d": 4}), dict(zip("abc", range(3))), dict(zip(range(3), "xy")))
    counts = {ch: "mississippi".count(ch) for ch in "mississippi"}
    print(counts, sorted(counts, key=lambda ch: counts[ch]))


asyncio.run(main())
