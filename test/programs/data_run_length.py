# Run-length compression: tasks turn strings into lists of (char, count) tuples, render them, and
# decode them back.
import asyncio

INPUTS = ["aaabccddddde", "wwwwwwwwwwwwbwwwwwwwwwwwwbbbwwwwwwwwwwwwwwwwwwwwwwwwbwwwwwwwwwwwwww",
          "abc", "", "zzzzzzzzzz", "aabbaabb"]


async def encode(s):
    runs = []
    for ch in s:
        if runs and runs[-1][0] == ch:
            runs[-1] = (ch, runs[-1][1] + 1)
        else:
            runs.append((ch, 1))
    await asyncio.sleep(0)
    return runs


async def decode(runs):
    await asyncio.sleep(0)
    return "".join(ch * n for ch, n in runs)


async def main():
    encoded = await asyncio.gather(*[encode(s) for s in INPUTS])
    decoded = await asyncio.gather(*[decode(r) for r in encoded])
    for s, runs, back in zip(INPUTS, encoded, decoded):
        text = "".join(f"{n}{ch}" if n > 1 else ch for ch, n in runs)
        ratio = len(text) / len(s) if s else 0.0
        print(f"{len(s):3d} -> {len(text):3d} {ratio:.2f} {text!r} {back == s}")
    print(encoded[0])
    longest = max((run for runs in encoded for run in runs), key=lambda r: r[1])
    print("longest run:", longest)
    print(sum(len(r) for r in encoded), "runs in total")


asyncio.run(main())
