# Caesar cipher: each word shifted by its own task with ord/chr, the text joined back and
# decoded by a second round of tasks.
import asyncio


async def shift_word(word, k):
    out = []
    for ch in word:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            out.append(ch)
    await asyncio.sleep(0)
    return "".join(out)


async def transform(text, k):
    words = text.split(" ")
    return " ".join(await asyncio.gather(*[shift_word(w, k) for w in words]))


async def main():
    plain = "Attack at Dawn, meet by the old Oak tree at 0600!"
    for k in (1, 3, 13, 25):
        secret = await transform(plain, k)
        back = await transform(secret, -k)
        print(f"{k:2d} {secret}")
        print("   ok" if back == plain else "   MISMATCH")
    rot = await transform("Hello", 13)
    print(rot, await transform(rot, 13))
    counts = [0] * 26
    for ch in (await transform(plain, 7)).lower():
        if ch.isalpha():
            counts[ord(ch) - 97] += 1
    guess = (counts.index(max(counts)) - 4) % 26
    print("most common letter", chr(97 + counts.index(max(counts))), "guessed key", guess)


asyncio.run(main())
