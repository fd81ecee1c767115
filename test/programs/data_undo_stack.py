# An editor's undo history kept in a dict (step -> change): changes recorded by tasks, undone
# with popitem (last in, first out), the dirty-line set shrunk with discard; iter/next peek.
import asyncio

history = {}
dirty = set()
text = ["alpha", "beta", "gamma", "delta"]


async def edit(step, line, new):
    await asyncio.sleep(0)
    history[step] = (line, text[line], new)
    text[line] = new
    dirty.add(line)
    return step


async def main():
    steps = await asyncio.gather(edit(1, 0, "ALPHA"), edit(2, 2, "gamma!"), edit(3, 0, "Alpha"), edit(4, 3, "d"))
    print(steps, text, sorted(dirty))
    print("oldest change:", next(iter(history.items())), "newest:", next(reversed(list(history))))
    while len(history) > 1:
        step, (line, old, new) = history.popitem()
        text[line] = old
        if all(l != line for l, _, _ in history.values()):
            dirty.discard(line)
        print(f"undo {step}: line {line} {new!r} -> {old!r}; dirty {sorted(dirty)}")
    dirty.discard(99)
    print(text, history, dirty)
    it = iter(text)
    print(next(it), next(it), list(it), next(it, "<end>"))


asyncio.run(main())
