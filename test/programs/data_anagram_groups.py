# Anagram groups: each task computes the sorted-letter key of its words; a dict of lists groups
# them, groups printed by size then alphabetically.
import asyncio

WORDS = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "god",
         "odg", "bird", "inlets", "tinsel", "banana"]


async def keys_for(words):
    await asyncio.sleep(0)
    return [("".join(sorted(w)), w) for w in words]


async def main():
    halves = await asyncio.gather(keys_for(WORDS[:7]), keys_for(WORDS[7:]))
    groups = {}
    for half in halves:
        for key, word in half:
            groups.setdefault(key, []).append(word)
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for key, words in ordered:
        print(f"{key:8} {len(words)} {' '.join(sorted(words))}")
    print("groups:", len(groups), "singletons:", sum(1 for ws in groups.values() if len(ws) == 1))
    biggest = max(groups.values(), key=len)
    print("first biggest:", biggest)
    sizes = {k: len(v) for k, v in groups.items() if len(v) > 1}
    print(sizes)


asyncio.run(main())
