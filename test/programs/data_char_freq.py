# Character frequencies of several phrases computed by separate tasks, letters only, with
# ord/chr arithmetic to bucket them and a bar chart made of repeated strings.
import asyncio

PHRASES = ["Hello, World!", "Asyncio is fun", "Zebras zigzag lazily", "Mississippi river"]


async def letter_counts(phrase):
    freq = {}
    for ch in phrase.lower():
        if ch.isalpha():
            freq[ch] = freq.get(ch, 0) + 1
    await asyncio.sleep(0)
    return freq


async def main():
    results = await asyncio.gather(*[letter_counts(p) for p in PHRASES])
    merged = {}
    for phrase, freq in zip(PHRASES, results):
        best = max(sorted(freq), key=lambda c: freq[c])
        print(f"{phrase!r:24} distinct={len(freq):2d} most={best}x{freq[best]}")
        for ch, n in freq.items():
            merged[ch] = merged.get(ch, 0) + n
    table = [0] * 26
    for ch, n in merged.items():
        table[ord(ch) - ord("a")] = n
    for i in range(0, 26, 2):
        if table[i] or table[i + 1]:
            print(chr(ord("a") + i), "#" * table[i], "|", chr(ord("a") + i + 1), "#" * table[i + 1])
    missing = "".join(chr(97 + i) for i, n in enumerate(table) if n == 0)
    print("never used:", missing)
    vowels = sum(merged.get(v, 0) for v in "aeiou")
    print("vowels", vowels, "consonants", sum(merged.values()) - vowels)


asyncio.run(main())
