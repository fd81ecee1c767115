# Tokens classified with isdigit/isalpha/isalnum/isspace/isupper/islower by several tasks; each
# task returns a dict of lists, merged in order.
import asyncio

TOKENS = ["42", "hello", "World", "ABC", "x1", " ", "\t\n", "3.14", "", "under_score", "MiXeD",
          "007", "UPPER1", "lower2", "-5"]


async def classify(tokens):
    kinds = {}
    for tok in tokens:
        if tok.isdigit():
            kind = "digits"
        elif tok.isalpha():
            kind = "upper" if tok.isupper() else ("lower" if tok.islower() else "mixed")
        elif tok.isalnum():
            kind = "alnum"
        elif tok.isspace():
            kind = "space"
        else:
            kind = "other"
        kinds.setdefault(kind, []).append(tok)
    await asyncio.sleep(0)
    return kinds


async def main():
    parts = await asyncio.gather(classify(TOKENS[:5]), classify(TOKENS[5:10]), classify(TOKENS[10:]))
    merged = {}
    for part in parts:
        for kind, toks in part.items():
            merged.setdefault(kind, []).extend(toks)
    for kind in sorted(merged):
        print(f"{kind:7} {merged[kind]!r}")
    numbers = [int(t) for t in merged.get("digits", [])]
    print("numbers:", numbers, "sum", sum(numbers))
    print("".isdigit(), "".isspace(), "A1".isupper(), "a1".islower(), "1".isupper())
    print([t for t in TOKENS if t.strip() and not t.isalnum()])


asyncio.run(main())
