# A tiny JSON-like pretty printer dispatching on isinstance and type(x).__name__; records of
# mixed types are described by tasks.
import asyncio

RECORD = {"id": 7, "name": "sensor", "ok": True, "ratio": 0.25, "tags": ["a", "b"], "pos": (1, 2),
          "meta": {"nil": None, "ids": {3, 1, 2}, "fs": frozenset([5])}, "raw": b"\x01"}


async def describe(key, value):
    await asyncio.sleep(0)
    if isinstance(value, bool):
        kind = "flag"
    elif isinstance(value, int):
        kind = "integer"
    elif isinstance(value, float):
        kind = "real"
    elif isinstance(value, str):
        kind = "text"
    elif isinstance(value, (list, tuple)):
        kind = "sequence of %d" % len(value)
    elif isinstance(value, dict):
        kind = "mapping of %d" % len(value)
    else:
        kind = "other"
    return f"{key:6} {type(value).__name__:9} {kind}"


async def main():
    lines = await asyncio.gather(*[describe(k, v) for k, v in RECORD.items()])
    print("\n".join(lines))
    inner = await asyncio.gather(*[describe(k, v) for k, v in RECORD["meta"].items()])
    print("\n".join("  " + l for l in inner))
    print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance(None, object))
    print(type(1) == int, type(True) == int, type(1.0).__name__, type(None).__name__, type(range(1)).__name__)
    print([type(x).__name__ for x in (1, 2.0, "3", [4], (5,), {6: 6}, {7}, None, b"8")])
    numbers = [v for v in RECORD.values() if isinstance(v, (int, float)) and not isinstance(v, bool)]
    print(numbers, sum(numbers))


asyncio.run(main())
