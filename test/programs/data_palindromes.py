# Palindrome checks with slicing [::-1] and cleaned strings, one task per candidate, the
# palindromic ones kept with filter and sorted by length.
import asyncio

CANDIDATES = ["racecar", "A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?",
              "No lemon, no melon", "asyncio", "12321", "12 3 21", "ab"]


async def check(text):
    cleaned = "".join(ch.lower() for ch in text if ch.isalnum())
    await asyncio.sleep(0)
    return text, cleaned, cleaned == cleaned[::-1]


async def main():
    results = await asyncio.gather(*[check(c) for c in CANDIDATES])
    for text, cleaned, ok in results:
        print(f"{'yes' if ok else 'no ':3} {cleaned[:12]:12} {text}")
    good = list(filter(lambda r: r[2], results))
    print(len(good), "palindromes")
    print(sorted((r[1] for r in good), key=len))
    s = "abcdefgh"
    print(s[::2], s[1::2], s[::-2], s[-3:], s[:-3], s[2:6], s[6:2:-1], s[100:], s[-100:2])
    print(s[::3], s[::-3], s[1:7:2], repr(s[5:5]), s[:], len(s[::4]))
    longest = ""
    word = "forgeeksskeegfor"
    for i in range(len(word)):
        for j in range(i + 1, len(word) + 1):
            sub = word[i:j]
            if sub == sub[::-1] and len(sub) > len(longest):
                longest = sub
    print("longest palindromic substring:", longest)


asyncio.run(main())
