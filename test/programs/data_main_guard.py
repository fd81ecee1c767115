# A script shaped the usual way: constants, helper coroutines, main(), and the
# `if __name__ == "__main__":` guard; prints the module name and a summary of a batch run.
import asyncio
import sys

BATCH = {"resize": [640, 480, 1920], "rotate": [90, 180], "crop": []}


async def apply(op, args):
    await asyncio.sleep(0)
    if not args:
        return op, "skipped"
    return op, "%s(%s)" % (op, ", ".join(str(a) for a in args))


async def main():
    print("running as", __name__, "with", len(sys.argv) - 1, "arguments")
    results = await asyncio.gather(*[apply(op, args) for op, args in BATCH.items()])
    done = {op: text for op, text in results if text != "skipped"}
    for op, text in results:
        print(f"{op:>7}: {text}")
    print(len(done), "applied,", len(results) - len(done), "skipped")
    return len(done)


if __name__ == "__main__":
    n = asyncio.run(main())
    print("exit with", n)
