# iter() and next() with a default: tasks walk token streams one item at a time, a parser reads
# key=value pairs from an iterator, and exhausted iterators give the default.
import asyncio

STREAMS = [["BEGIN", "x=1", "y=2", "END", "ignored"], ["BEGIN", "name=zed", "END"], ["BEGIN"], []]


async def parse(tokens):
    it = iter(tokens)
    first = next(it, None)
    if first != "BEGIN":
        return None
    fields = {}
    tok = next(it, "EOF")
    while tok not in ("END", "EOF"):
        key, value = tok.split("=")
        fields[key] = int(value) if value.isdigit() else value
        tok = next(it, "EOF")
        await asyncio.sleep(0)
    return fields, tok, list(it)


async def main():
    results = await asyncio.gather(*[parse(s) for s in STREAMS])
    for stream, res in zip(STREAMS, results):
        print(stream, "->", res)
    it = iter(range(3))
    print(next(it), next(it), next(it), next(it, "done"), next(it, "still done"))
    letters = iter("abc")
    pairs = list(zip(letters, letters))
    print(pairs, next(letters, "-"))
    d = {"one": 1, "two": 2}
    keys = iter(d)
    print(next(keys), next(iter(d.values())), next(iter(d.items())), next(iter([]), None))
    nums = iter([5, 6, 7, 8])
    head = next(nums)
    print(head, sum(nums), list(nums))
    first_even = next((x for x in [3, 5, 8, 9, 10] if x % 2 == 0), None)
    no_big = next((x for x in [3, 5] if x > 100), "none")
    print(first_even, no_big)


asyncio.run(main())
