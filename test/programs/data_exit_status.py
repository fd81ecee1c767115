# A checker script: tasks validate records, the summary goes to stdout, problems to stderr,
# and sys.exit() ends the program with the number of failures as its status (2 here).
import asyncio
import sys
import time

RECORDS = [{"id": 1, "email": "a@x.org", "age": 31}, {"id": 2, "email": "bad", "age": 20},
           {"id": 3, "email": "c@y.com", "age": -4}, {"id": 4, "email": "d@z.net", "age": 55}]


async def validate(rec):
    await asyncio.sleep(0)
    problems = []
    if "@" not in rec["email"]:
        problems.append("email")
    if not 0 <= rec["age"] <= 130:
        problems.append("age")
    return rec["id"], problems


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*[validate(r) for r in RECORDS])
    elapsed = time.perf_counter() - start
    failures = [(i, p) for i, p in results if p]
    for i, p in failures:
        print(f"record {i}: bad {', '.join(p)}", file=sys.stderr)
    print(f"{len(RECORDS) - len(failures)} ok, {len(failures)} failed", "timing ok" if elapsed >= 0 else "?")
    print("args", sys.argv[1:], "monotonic", time.monotonic() > 0, "wall", time.time() > 1e9)
    return len(failures)


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
