# Several tasks bump one global dict of word counts and one global counter while yielding
# between lines; the merged counts are printed sorted.
import asyncio

counts = {}
lines_seen = 0

DOCS = [
    "Red apples, green apples and one yellow pear.",
    "The pear was ripe; the apples were not.",
    "Green, green grass -- and red roses!",
    "One apple a day keeps the doctor away.",
]


async def scan(doc_id, doc):
    global lines_seen
    for sentence in doc.split(";"):
        for raw in sentence.split():
            word = raw.strip(".,;!-").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
        lines_seen += 1
        await asyncio.sleep(0)
    return doc_id, len(doc.split())


async def main():
    sizes = await asyncio.gather(*[scan(i, d) for i, d in enumerate(DOCS)])
    for doc_id, n in sizes:
        print("doc", doc_id, "has", n, "tokens")
    print("sentences:", lines_seen)
    print("order of first sight:", list(counts)[:6])
    top = sorted(counts, key=lambda w: (-counts[w], w))[:5]
    print("top:", [(w, counts[w]) for w in top])
    print("total words:", sum(counts.values()), "distinct:", len(counts))
    longest = max(counts, key=len)
    print("longest word:", longest, len(longest))


asyncio.run(main())
