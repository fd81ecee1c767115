# Conversions between types: str/repr of every container, int/float/bool of strs and numbers,
# list/tuple/dict/set constructors, done on values that tasks return.
import asyncio


async def sample(i):
    await asyncio.sleep(0)
    return [7, -2.5, "41", [1, "a"], (2,), {"k": [1]}, {3}, None, True, ""][i]


async def main():
    values = await asyncio.gather(*[sample(i) for i in range(10)])
    for v in values:
        print(f"str={str(v):12} repr={repr(v):14} bool={bool(v)}")
    print(int("41") + 1, int(-2.5), int(3.99), int(True), int(" 12 "), int("-0"), int("1_000"))
    print(float("3.5"), float(" -1e3 "), float(7), float("inf"), float("-inf"), float("nan"), float(True))
    print(str(1.0), str(10 ** 20), str(1e20), str(1e16), str(0.1 + 0.2), str(-0.0), repr("it's"), repr('"q"'))
    print(list("abc"), list((1, 2)), list({"a": 1, "b": 2}), list({"a": 1}.items()), list(range(3)))
    print(tuple([1, 2]), tuple("xy"), dict([(1, 2), [3, 4]]), set([2, 1, 2]), set("aaa"), list(set()))
    print(bool(0), bool(0.0), bool([]), bool({}), bool(()), bool("0"), bool([0]), bool(None), bool(-1))
    print(str(values), repr(values[3]), str(values[5]), [str(x) for x in (None, True, 3)])
    print(int("ff", 16), int("777", 8), int("101", 2), int("z", 36), int("0x1f", 16), int("0b11", 0))


asyncio.run(main())
