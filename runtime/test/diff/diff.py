"""Differential check of the runtime's number and string text against the running python3.

usage: python3 diff.py DRIVER [SEED] [N] [NREPR]    (run_tests.sh diff builds DRIVER from driver.c)

Random values (edge cases, random bit patterns, decimals) x random format specs, float repr, int
true division beyond 2**53, float ** / % / //, and str repr over random Unicode text. Prints the
first mismatches and exits 1 if there are any. CPython's complex results count as a match for the
runtime's NotImplementedError; NUL characters are left out of str cases (the driver reads lines).
Then float repr over every power of two (and its negation, and its two neighbours: the cases where
the rounding interval is asymmetric) and NREPR random bit patterns (default 200,000).
"""
import math
import random
import struct
import subprocess
import sys


def rspec(types):
    s = ""
    r = random.random
    if r() < 0.3:
        if r() < 0.5: s += random.choice("*x0é ")
        s += random.choice("<>^=")
    if r() < 0.3: s += random.choice("+- ")
    if r() < 0.05: s += "z"
    if r() < 0.2: s += "#"
    if r() < 0.2: s += "0"
    if r() < 0.5: s += str(random.randint(0, 30))
    if r() < 0.2: s += random.choice(",_")
    if r() < 0.4: s += "." + str(random.randint(0, 20))
    if r() < 0.7: s += random.choice(types)
    if r() < 0.01: s += random.choice("qd,.")
    return s
def rfloat():
    k = random.random()
    if k < 0.3: return struct.unpack("<d", struct.pack("<Q", random.getrandbits(64)))[0]
    if k < 0.5: return random.choice([0.0, -0.0, math.inf, -math.inf, math.nan, 1e16, 1e-5, 0.1, 2.5, 0.5, 1.5, 1e22, 123456789.0, 9.995, 0.125, 5e-324, 1.7976931348623157e308])
    if k < 0.8: return round(random.uniform(-1e6, 1e6), random.randint(0, 8))
    return random.uniform(-10, 10) * 10 ** random.randint(-30, 30)
def rint():
    k = random.random()
    if k < 0.2: return random.choice([0, 1, -1, 2**63 - 1, -2**63, 255, 65, 1114111, 1114112, -5])
    return random.randint(-10**random.randint(1, 18), 10**random.randint(1, 18))
def rtext():
    pick = [lambda: random.randint(0x20, 0x7E), lambda: random.randint(0x80, 0x3000),
            lambda: random.randint(0x3000, 0x10FFFF), lambda: random.randint(1, 0x1F)]
    s = "".join(chr(random.choice(pick)()) for _ in range(random.randint(1, 6)))
    return "".join(c for c in s if c not in "\n\r\t" and not 0xD800 <= ord(c) <= 0xDFFF) or "x"


def make_case():
    k = random.random()
    if k < 0.25:
        v, sp = rint(), rspec("bcdoxXneEfFgG%")
        return f"i {v}\t{sp}", lambda: format(v, sp)
    if k < 0.55:
        v, sp = rfloat(), rspec("eEfFgGn%")
        return f"f {v.hex()}\t{sp}", lambda: format(v, sp)
    if k < 0.62:
        v, sp = random.choice(["", "ab", "h\u00e9llo", "x" * 7, "\u65e5\u672c"]), rspec("s")
        return f"s {v}\t{sp}", lambda: format(v, sp)
    if k < 0.72:
        v = rfloat()
        return f"r {v.hex()}", lambda: repr(v)
    if k < 0.82:
        a = random.randint(-2**63, 2**63 - 1) >> random.randint(0, 62)
        b = (random.randint(-2**63, 2**63 - 1) >> random.randint(0, 62)) or 1
        return f"d {a} {b}", lambda: repr(a / b)
    if k < 0.9:
        a = rfloat() if random.random() < .5 else float(random.randint(-10, 10))
        b = random.choice([rfloat(), float(random.randint(-5, 5)), 0.5, -0.5, 2.0])
        if random.random() < 0.5:
            return f"p {a.hex()} {b.hex()}", lambda: pow_text(a, b)
        return f"m {a.hex()} {b.hex()}", lambda: f"{a % b!r} {a // b!r}"
    s = rtext()
    return f"q {s}", lambda: repr(s)


def pow_text(a, b):
    r = a ** b
    return "EXC NotImplementedError: complex results are not supported" if isinstance(r, complex) else repr(r)


def expect(fn):
    try:
        return fn()
    except OverflowError as e:
        if str(e) == "complex exponentiation":
            return "EXC NotImplementedError: complex results are not supported"
        return f"EXC OverflowError: {e}"
    except Exception as e:  # noqa: BLE001 - the message is what is compared
        return f"EXC {type(e).__name__}: {e}"


def bits_to_float(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def repr_cases(nrandom):
    """repr of all powers of two, their neighbours, and random bit patterns: (line, expected)."""
    xs = []
    for e in range(-1074, 1024):
        p = math.ldexp(1.0, e)
        xs += [p, -p, math.nextafter(p, 0.0), math.nextafter(p, math.inf)]
    xs += [bits_to_float(random.getrandbits(64)) for _ in range(nrandom)]
    return [(f"r {x.hex()}", repr(x)) for x in xs]


def main() -> int:
    driver = sys.argv[1]
    random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
    nrepr = int(sys.argv[4]) if len(sys.argv) > 4 else 200000
    cases = [make_case() for _ in range(n)]
    cases = [(line, expect(fn)) for line, fn in cases] + repr_cases(nrepr)
    inp = "".join(line + "\n" for line, _ in cases).encode()
    out = subprocess.run([driver], input=inp, capture_output=True, check=True).stdout.decode().split("\n")
    bad = [(line, want, got) for (line, want), got in zip(cases, out) if want != got]
    for line, want, got in bad[:20]:
        print(f"{line!r}: want {want!r}, got {got!r}")
    print(f"{len(cases) - len(bad)} passed, {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
