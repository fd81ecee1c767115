# A hex dump of encoded strings made by tasks: bytes from encode, hex() and format specs,
# printable characters via chr/ord, offsets zero-padded; decoded back at the end.
import asyncio

TEXTS = ["Hello, asyncio!\n", "caf\u00e9 \u2615 and cr\u00e8me", "tab\there\x00end"]


async def dump(label, data):
    rows = []
    for off in range(0, len(data), 8):
        chunk = data[off:off + 8]
        hexes = " ".join(hex(b)[2:].zfill(2) for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{off:04x}  {hexes:<23}  |{text}|")
    await asyncio.sleep(0)
    return label, len(data), rows


async def main():
    blobs = [t.encode("utf-8") for t in TEXTS]
    dumps = await asyncio.gather(*[dump(f"text{i}", b) for i, b in enumerate(blobs)])
    for label, n, rows in dumps:
        print(f"{label} ({n} bytes)")
        for row in rows:
            print("  " + row)
    print([b.decode("utf-8") == t for b, t in zip(blobs, TEXTS)], [len(t) for t in TEXTS])
    print(hex(255), hex(-1), hex(2 ** 64), f"{48879:x} {48879:X} {48879:#x} {7:08b} {64:o}")
    check = 0
    for b in blobs[1]:
        check ^= b
    print("xor", hex(check), "sum", sum(blobs[0]) % 256, "max", max(blobs[1]), chr(max(blobs[0])))
    print(bytes([104, 105]), b"hi".decode(), "\u00e9".encode(), len("\u2615".encode()), "A".encode()[0])


asyncio.run(main())
