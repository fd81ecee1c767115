# abs round divmod pow chr ord hex bin oct on a table of numbers; tasks compute the rows.
import asyncio

NUMS = [0, 7, -7, 255, -256, 1000003, 2 ** 40]


async def row(n):
    await asyncio.sleep(0)
    q, r = divmod(n, 7)
    return n, abs(n), q, r, hex(n), bin(n)[:14], oct(n), pow(n, 2, 1000), n.bit_length()


async def main():
    rows = await asyncio.gather(*[row(n) for n in NUMS])
    for n, a, q, r, h, b, o, p, bits in rows:
        print(f"{n:>14} abs={a:<14} divmod7=({q}, {r}) {h} {b} {o} pow2%1000={p} bits={bits}")
    print(divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(0, 5))
    print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(3, 4, 5), pow(2.0, 0.5), pow(10, 20), pow(0, 0))
    print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(7, -1), round(15, -1))
    print(round(1.23456, 3), round(-1.5), round(1e20), round(2.675, 2), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
    print(abs(-3.5), abs(-0.0), abs(True), abs(-10 ** 30))
    print(chr(65), chr(955), chr(8364), ord("A"), ord("\u00e9"), ord("\n"), [ord(c) for c in "AIthon"])
    print(hex(-255), bin(-5), oct(-8), hex(0), bin(0), int(hex(48879), 16), "".join(chr(c) for c in range(97, 103)))


asyncio.run(main())
