# Messages encoded to bytes by tasks: encode/decode, len, indexing gives ints, a checksum over
# the bytes, bytes literals and their repr.
import asyncio

MESSAGES = ["hello", "caf\u00e9", "na\u00efve r\u00e9sum\u00e9", "\u20ac5", "plain ascii text"]


async def pack(msg):
    data = msg.encode("utf-8")
    checksum = 0
    for b in data:
        checksum = (checksum * 31 + b) % 65521
    await asyncio.sleep(0)
    return data, checksum


async def main():
    packed = await asyncio.gather(*[pack(m) for m in MESSAGES])
    for msg, (data, checksum) in zip(MESSAGES, packed):
        print(f"{msg!r:20} chars={len(msg):2d} bytes={len(data):2d} first={data[0]:3d} sum={checksum:5d}")
        print("   ", data)
    print([d.decode("utf-8") for d, _ in packed] == MESSAGES)
    raw = b"GET /index HTTP/1.1"
    print(raw[0], raw[-1], raw[:3], len(raw), raw.decode(), raw == b"GET /index HTTP/1.1")
    print(b"abc" + b"def", b"\x00\x01\xff", list(b"AZ"), "A".encode()[0] + 1)
    print(sum(len(d) - len(m) for m, (d, _) in zip(MESSAGES, packed)), "extra bytes for non-ascii")


asyncio.run(main())
