# Word count split across tasks: each task counts the words of its chunk of lines in its own dict,
# the results are gathered and merged, then printed most frequent first (ties by word).
import asyncio

TEXT = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs away
a lazy afternoon for the brown dog
quick thinking saves the day for a fox
over and over the story goes on
dog and fox become friends at last"""


async def count_words(lines):
    counts = {}
    for line in lines:
        for word in line.split():
            counts[word] = counts.get(word, 0) + 1
        await asyncio.sleep(0)
    return counts


async def main():
    lines = TEXT.splitlines()
    chunks = [lines[i:i + 2] for i in range(0, len(lines), 2)]
    partials = await asyncio.gather(*[count_words(c) for c in chunks])
    total = {}
    for part in partials:
        for word, n in part.items():
            total[word] = total.get(word, 0) + n
    print("chunks:", len(chunks), "distinct words:", len(total))
    print("words in first chunk:", sum(partials[0].values()))
    ranked = sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))
    for word, n in ranked[:8]:
        print(f"{word:<10}{n:>3}")
    singles = [w for w, n in ranked if n == 1]
    print("seen once:", ", ".join(singles))
    print(total["the"], total.get("cat", 0), "fox" in total)


asyncio.run(main())
