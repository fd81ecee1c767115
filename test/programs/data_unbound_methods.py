# Methods of built-in types used as values (str.upper, str.lower as a key, dict.get, str.join) and called unbound.
import asyncio
async def main():
    print(list(map(str.upper, ["a", "b"])), str.upper("x"), sorted(["B", "a"], key=str.lower), dict.get({"a": 1}, "a"))
    print(str.join("-", ["a", "b"]), list(map(int, "123")), list(map(len, ["ab", "c"])))
asyncio.run(main())
