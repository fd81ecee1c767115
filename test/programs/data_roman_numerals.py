# Roman numerals both ways: tasks convert years to numerals with a list of (value, symbol)
# tuples and back with a dict, checking the round trip.
import asyncio

TABLE = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUE = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


async def to_roman(n):
    parts = []
    for value, symbol in TABLE:
        count, n = divmod(n, value)
        parts.append(symbol * count)
    await asyncio.sleep(0)
    return "".join(parts)


async def from_roman(s):
    total = 0
    for ch, nxt in zip(s, s[1:] + " "):
        v = VALUE[ch]
        total += -v if nxt != " " and VALUE[nxt] > v else v
    await asyncio.sleep(0)
    return total


async def main():
    years = [1, 4, 9, 14, 40, 90, 400, 1666, 1984, 1999, 2024, 3999]
    numerals = await asyncio.gather(*[to_roman(y) for y in years])
    back = await asyncio.gather(*[from_roman(s) for s in numerals])
    for y, s, b in zip(years, numerals, back):
        print(f"{y:5d} {s:>16} {b:5d} {'ok' if y == b else 'BAD'}")
    print(max(numerals, key=len), sorted(numerals, key=lambda s: (len(s), s))[:4])
    counts = {}
    for s in numerals:
        for ch in s:
            counts[ch] = counts.get(ch, 0) + 1
    print(dict(sorted(counts.items(), key=lambda kv: VALUE[kv[0]])))


asyncio.run(main())
