# Extracting fields between markers with str.index: the record without a closing marker makes
# index raise ValueError: substring not found inside the task (exit 1).
import asyncio

RECORDS = ["id=<17> name=<ada>", "id=<42> name=<bob>", "id=<7> name=<cy"]


async def field(record, key):
    start = record.index(key + "=<") + len(key) + 2
    await asyncio.sleep(0)
    end = record.index(">", start)
    return record[start:end]


async def main():
    for rec in RECORDS:
        ident, name = await asyncio.gather(field(rec, "id"), field(rec, "name"))
        print(int(ident), name.upper())
    print("not reached")


asyncio.run(main())
