"""Sorting lists of tuples across tasks: 120,000 generated (dept, score, name, id) records split
into 12 chunks; each gathered task sorts its chunk three ways (key=lambda on a tuple of fields,
reverse=, plain tuple order), and the sorted chunks are merged by hand into one list."""
# bench: ops=120000 unit=record
import asyncio

RECORDS = 120000
CHUNKS = 12
DEPTS = ["eng", "ops", "hr", "sales", "legal", "design"]


def make_records():
    out = []
    x = 2024
    for i in range(RECORDS):
        x = (x * 1103515245 + 12345) % 2147483648
        r = x >> 12
        out.append((DEPTS[r % 6], r % 1000, "n%05d" % (r % 100000), i))
    return out


async def sort_chunk(chunk):
    by_score = sorted(chunk, key=lambda t: (t[1], t[2]))
    by_dept_desc = sorted(chunk, key=lambda t: (t[0], -t[1]), reverse=True)
    plain = sorted(chunk)
    return by_score, by_dept_desc[0], plain[0], plain[-1]


def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if (a[i][1], a[i][2]) <= (b[j][1], b[j][2]):
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


async def main():
    records = make_records()
    size = (len(records) + CHUNKS - 1) // CHUNKS
    parts = await asyncio.gather(*[sort_chunk(records[i:i + size]) for i in range(0, len(records), size)])
    runs = [p[0] for p in parts]
    while len(runs) > 1:
        runs = [merge(runs[k], runs[k + 1]) if k + 1 < len(runs) else runs[k] for k in range(0, len(runs), 2)]
    merged = runs[0]
    print("records", len(merged), "first", merged[0], "last", merged[-1])
    print("chunk heads", min(p[2] for p in parts), max(p[3] for p in parts), max(p[1] for p in parts))
    checksum = 0
    for k in range(0, len(merged), 997):
        checksum = (checksum * 31 + merged[k][3]) % 1000000007
    print("checksum", checksum)


asyncio.run(main())
