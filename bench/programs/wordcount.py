"""Word count across tasks: a generated text of 1,000,000 words (lines of str from a 500-word
vocabulary) split into 16 chunks, each counted into its own dict by a gathered task with
split/strip/lower, the dicts merged and the top words sorted (dict and str heavy)."""
# bench: ops=1000000 unit=word
import asyncio

WORDS = 1000000
PER_LINE = 20
CHUNKS = 16
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "shi", "vo", "pe", "da"]


def vocabulary(n):
    vocab = []
    for i in range(n):
        a, b, c = i % 10, i // 10 % 10, i // 100 % 10
        word = SYLLABLES[a] + SYLLABLES[b] + (SYLLABLES[c] if c else "")
        vocab.append(word.capitalize() if i % 7 == 0 else word)
    return vocab


def make_lines(vocab):
    lines = []
    x = 12345
    words = []
    for i in range(WORDS):
        x = (x * 1103515245 + 12345) % 2147483648
        r = x >> 16
        word = vocab[r % len(vocab)] if r % 3 else vocab[r % 37]
        words.append(word + ("," if r % 11 == 0 else ("." if r % 13 == 0 else "")))
        if len(words) == PER_LINE:
            lines.append(" ".join(words))
            words = []
    return lines


async def count(lines):
    counts = {}
    for line in lines:
        for raw in line.split():
            word = raw.strip(".,").lower()
            counts[word] = counts.get(word, 0) + 1
    return counts


async def main():
    lines = make_lines(vocabulary(500))
    size = (len(lines) + CHUNKS - 1) // CHUNKS
    parts = await asyncio.gather(*[count(lines[i:i + size]) for i in range(0, len(lines), size)])
    total = {}
    for part in parts:
        for word, n in part.items():
            total[word] = total.get(word, 0) + n
    top = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    print("words", sum(total.values()), "distinct", len(total), "chunks", len(parts))
    print("top", ", ".join(f"{w}={n}" for w, n in top))


asyncio.run(main())
