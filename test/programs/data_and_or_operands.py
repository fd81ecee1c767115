# and/or return one of their operands, of any type: defaults for missing config values,
# guards, and short-circuit evaluation with task results.
import asyncio

USERS = [{"name": "ann", "nick": "", "langs": ["py"]}, {"name": "", "nick": "bo", "langs": []},
         {"name": "", "nick": "", "langs": None}, {"name": "cy", "nick": "cyc", "langs": ["go", "c"]}]


async def display(user):
    await asyncio.sleep(0)
    name = user["nick"] or user["name"] or "anonymous"
    langs = user["langs"] or ["none"]
    primary = user["langs"] and user["langs"][0]
    return name, langs, primary


async def main():
    rows = await asyncio.gather(*[display(u) for u in USERS])
    for name, langs, primary in rows:
        print(f"{name:10} {langs!r:14} {primary!r}")
    print(0 or "zero", "" or [] or {}, [] or 0, 1 and "one", 0 and 1 / 0, None or None, "a" and "b" or "c")
    print(3 and 0.0 or "fallback", [0] or 5, (1, 2) and [] and "never", 7 or 1 / 0, {} and 5)
    counts = {}
    for word in "a b a c b a".split():
        counts[word] = counts.get(word) and counts[word] + 1 or 1
    print(counts)
    limit = None
    n = limit or 10
    xs = [4, 0, -1]
    print(n, xs and max(xs), [] and max([]), not xs, not [], not 0 and "yes")
    print([x or "empty" for x in ["", "v", 0, 3, None]], [x and x * 2 for x in [0, 2, "", "ab"]])


asyncio.run(main())
