"""Differential tests on generated number text, compiled end to end (fixed seeds; a failure is
reproducible with the named `*_program(seed)`):

* format specs over ints (every base b o x X d n c, grouping '_' and ',', '#', sign, fill, align,
  '=' and zero padding) and floats (e E f F g G % and none, precisions up to 1100: past the 767
  significant digits a double can have; 'z', inf, nan, -0.0, 5e-324, 1.8e308); a spec that is
  invalid for the static type is a compile-time refusal and is not generated; a value-dependent
  error ('c' out of range) ends a program and is compared;
* float repr of every power of two (computed at run time), their neighbours, and random bit
  patterns (as literals, which read back exactly);
* int <-> float comparisons with ints next to 2**53 / 2**63 and floats next to them, every operator
  in both operand orders and in chains.
"""

import math
import random
import struct

import pytest

from generated import expect_same

HEADER = ["import asyncio", "", "", "async def main():", "    inf = 1e308 * 10", "    nan = inf - inf"]
FOOTER = ["", "", "asyncio.run(main())", ""]


def bits_float(r: random.Random) -> float:
    while True:
        x = struct.unpack("<d", struct.pack("<Q", r.getrandbits(64)))[0]
        if math.isfinite(x):
            return x


# ----- format specs --------------------------------------------------------------------------------
def rspec(r: random.Random, types: str) -> str:
    s = ""
    if r.random() < 0.3:
        s += r.choice(["", "*", "0", "é", "_"]) + r.choice("<>^=")
    if r.random() < 0.3:
        s += r.choice("+- ")
    if r.random() < 0.1:
        s += "z"
    if r.random() < 0.3:
        s += "#"
    if r.random() < 0.2:
        s += "0"
    if r.random() < 0.5:
        s += str(r.randint(0, 40))
    if r.random() < 0.4:
        s += r.choice(",_")
    if r.random() < 0.4:
        s += "." + str(r.choice([0, 1, 2, 3, 6, 12, 17, 20, 60, 120, 400, 1100]))
    if r.random() < 0.85:
        s += r.choice(types)
    return s


INT_VALUES = ["0", "1", "-1", "255", "-255", "65", "1114111", "9223372036854775807", "-9223372036854775807 - 1",
              "1234567890123", "-987654321", "4611686018427387904", "True", "False"]
FLOAT_VALUES = ["0.0", "-0.0", "inf", "-inf", "nan", "-nan", "5e-324", "1.7976931348623157e308", "0.1", "-2.5",
                "1e16", "123456789.125", "9.995", "1e-5", "0.5", "1.5", "2.5", "-1234567.875", "1e22", "3.0"]


def format_program(seed: int, count: int = 80) -> str:
    r = random.Random(seed)
    lines = []
    while len(lines) < count:
        if r.random() < 0.45:
            v, spec = r.choice(INT_VALUES), rspec(r, "bcdoxXn" * 3 + "eEfFgG%")
            sample = 0
            if spec.endswith("c") and r.random() < 0.8:
                v = str(r.choice([0, 32, 65, 0x263A, 0x10FFFF]))  # in range: an ending below tests the rest
        else:
            v, spec = r.choice(FLOAT_VALUES), rspec(r, "eEfFgGn%")
            sample = 0.0
        try:
            format(sample, spec)
        except ValueError:
            continue  # refused at compile time: CPython's message, tested in test/diagnostics
        n = len(lines)
        lines.append(f"    val_{letters(n)} = {v}")
        lines.append(f"    print({n}, f'[{{val_{letters(n)}:{spec}}}]')")
    if seed % 3 == 0:  # a value-dependent error ends the program: '%c' of an out-of-range int
        lines.append(f"    bad = {r.choice(['-1', '1114112', '-9223372036854775807 - 1'])}")
        lines.append("    print(f'{bad:c}')")
    return "\n".join(HEADER + lines + FOOTER)


@pytest.mark.parametrize("seed", range(1, 10))
def test_generated_format_specs(seed, tmp_path):
    expect_same(tmp_path, f"format_{seed}", format_program(seed))


# ----- float repr -----------------------------------------------------------------------------------
def repr_program(seed: int, count: int = 400) -> str:
    """Powers of two and their neighbours computed at run time from one exponent range of the
    seed's, then random bit patterns written as literals."""
    r = random.Random(seed)
    lo = -1074 + (seed - 1) * 700
    hi = min(lo + 700, 1024)
    lines = [f"    p = 2.0 ** {lo}", f"    for k in range({lo}, {hi}):",
             "        print(k, p, p * 1.0000000000000002, p * 0.9999999999999999, p * 3, -p)",
             "        p = p * 2.0"]
    for i in range(count):
        x = bits_float(r)
        lines.append(f"    print({i}, {x!r}, {-x!r} * 1.0)")
    return "\n".join(HEADER + lines + FOOTER)


@pytest.mark.parametrize("seed", range(1, 5))
def test_generated_float_repr(seed, tmp_path):
    expect_same(tmp_path, f"repr_{seed}", repr_program(seed))


# ----- int <-> float comparisons ---------------------------------------------------------------------
def near_ints(r: random.Random) -> int:
    base = r.choice([0, 2 ** 53, -(2 ** 53), 2 ** 62, 2 ** 63 - 1, -(2 ** 63), 10 ** 18, 2 ** 54, 3])
    v = base + r.randint(-1100, 1100) if r.random() < 0.8 else r.randint(-(2 ** 63), 2 ** 63 - 1)
    return max(-(2 ** 63), min(2 ** 63 - 1, v))


def near_floats(r: random.Random, i: int) -> str:
    k = r.random()
    if k < 0.5:
        return repr(float(i) + r.choice([0.0, 0.0, 1.0, -1.0, 0.5, -0.5, 2048.0, -2048.0]))
    if k < 0.65:
        return r.choice(["inf", "-inf", "nan", "-0.0", "9.223372036854775807e18", "-9.223372036854775808e18",
                         "1.8446744073709552e19"])
    return repr(math.nextafter(float(i), r.choice([math.inf, -math.inf])))


def letters(n: int) -> str:
    """a, b, ..., z, ba, bb, ...: variable suffixes without digits (see the note in the report on
    SSA names: a variable `i2` could clash with a generated `%i<N>`)."""
    out = ""
    while True:
        out = chr(ord("a") + n % 26) + out
        n //= 26
        if not n:
            return out


def compare_program(seed: int, count: int = 60) -> str:
    r = random.Random(seed)
    lines = ["    pass"]
    for n in range(count):
        i = near_ints(r)
        f = near_floats(r, i)
        src = str(i) if i != -(2 ** 63) else "-9223372036854775807 - 1"
        iv, fv = f"int_{letters(n)}", f"flt_{letters(n)}"
        lines += [f"    {iv} = {src}", f"    {fv} = {f}"]
        ops = [f"{iv} {op} {fv}" for op in ("<", "<=", ">", ">=", "==", "!=")]
        ops += [f"{fv} {op} {iv}" for op in ("<", "<=", ">", ">=", "==", "!=")]
        chain = f"{iv} {r.choice(['<', '<=', '=='])} {fv} {r.choice(['<', '>=', '!='])} {iv} + 0"
        lines.append(f"    print({n}, {', '.join(ops)}, {chain})")
    return "\n".join(HEADER + lines + FOOTER)


@pytest.mark.parametrize("seed", range(1, 4))
def test_generated_int_float_comparisons(seed, tmp_path):
    expect_same(tmp_path, f"compare_{seed}", compare_program(seed))
