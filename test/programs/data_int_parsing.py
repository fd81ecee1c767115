# Parsing integers: int(str, base) for hex/binary/octal config values, bit flags with & | ^ ~
# << >>, bit_length and hash of ints, computed by one task per config entry.
import asyncio

CONFIG = {"mode": "0o755", "mask": "0xFF00", "flags": "0b1011", "port": "8080", "offset": "-42",
          "big": "0x1" + "0" * 20}
BASES = {"0o": 8, "0x": 16, "0b": 2}


async def parse(key, text):
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("-")
    base = BASES.get(body[:2].lower(), 10)
    digits = body[2:] if base != 10 else body
    await asyncio.sleep(0)
    return key, sign * int(digits, base)


async def main():
    values = dict(await asyncio.gather(*[parse(k, v) for k, v in CONFIG.items()]))
    for k, v in values.items():
        print(f"{k:6} {v:>26} hex={v:x} bits={v.bit_length()}")
    flags = values["flags"]
    print(flags & 0b0011, flags | 0b0100, flags ^ 0b1111, ~flags, flags << 4, flags >> 1, -flags >> 1)
    mode = values["mode"]
    perms = ["".join(c if mode >> (8 - i) & 1 else "-" for i, c in enumerate("rwxrwxrwx"))]
    print(perms, oct(mode & 0o077), mode & ~0o022)
    print(int("  7  "), int("-0x10", 16), int("Z", 36), int("10", 3), int(3.999), int(-3.999), int("007"))
    print(hash(42) == 42, hash(-1), hash(2 ** 61 - 1), hash(2 ** 61), hash(True), hash(0) == hash(0.0))
    mask = values["mask"]
    set_bits = [i for i in range(16) if mask >> i & 1]
    print(set_bits, bin(mask).count("1"), (mask & -mask).bit_length() - 1, values["big"] >> 76)


asyncio.run(main())
