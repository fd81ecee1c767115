"""Ints of any size in the runtime (runtime/src/value/int*.c) against CPython's own results: a C
driver (runtime/test/diff/int_driver.c), compiled with the runtime's sources under ASan+UBSan,
answers thousands of random operations (fixed seed) — signs, limb boundaries, the raising cases
with their messages — and every line must be what Python prints."""

import glob
import math
import operator
import os
import random
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

RT = os.path.join(ROOT, "runtime")
BOUNDARIES = [0, 1, 2, 3, 2**31, 2**32, 2**53, 2**53 + 1, 2**61 - 1, 2**62 - 1, 2**62, 2**62 + 1, 2**63 - 1, 2**63,
              2**63 + 1, 2**64 - 1, 2**64, 2**64 + 1, 2**127, 2**128 - 1, 2**128, 2**128 + 1, 2**192, 10**19, 10**40,
              2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024, 2**1100]


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    cc = shutil.which(os.environ.get("CC", "cc"))
    if not cc:
        pytest.skip("no C compiler")
    out = tmp_path_factory.mktemp("int-driver")
    printable = str(out / "printable.c")
    subprocess.run([sys.executable, os.path.join(RT, "tools", "gen_printable.py"), printable], check=True)
    sources = [s for s in sorted(glob.glob(os.path.join(RT, "src", "**", "*.c"), recursive=True))
               if not s.endswith("main.c")]
    exe = str(out / "driver")
    subprocess.run([cc, "-std=c11", "-D_POSIX_C_SOURCE=200809L", "-Wall", "-Wextra", "-Werror", "-O1", "-g",
                    "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-I", os.path.join(RT, "include"),
                    "-I", os.path.join(RT, "src"), *sources, printable,
                    os.path.join(RT, "test", "diff", "int_driver.c"),
                    "-o", exe, "-lpthread", "-lm", "-lgmp"], check=True)
    return exe


def rand_int(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.3:
        v = rng.choice(BOUNDARIES) + rng.choice([-1, 0, 0, 1])
    elif r < 0.45:
        v = rng.getrandbits(rng.randrange(1, 64))
    elif r < 0.5:  # past GMP's Toom and divide-and-conquer thresholds (str() stays under 4300 digits)
        v = rng.getrandbits(rng.randrange(400, 6500))
    else:
        v = rng.getrandbits(rng.randrange(1, 400))
        if rng.random() < 0.2:  # long runs of ones and zeros (carries, borrows)
            v = ((1 << v.bit_length()) - 1) ^ (v & rng.getrandbits(8))
    return -v if rng.random() < 0.5 else v


def rand_float(rng: random.Random, near: int) -> float:
    r = rng.random()
    if r < 0.1:
        return rng.choice([math.inf, -math.inf, math.nan, 0.0, -0.0, 0.5, -0.5])
    if r < 0.6:
        try:
            x = float(near)
        except OverflowError:
            return 1e308
        return rng.choice([x, math.nextafter(x, math.inf), math.nextafter(x, -math.inf), x + 0.5, x - 0.25])
    if rng.random() < 0.5:
        return rng.uniform(-1, 1) * math.ldexp(1.0, rng.randrange(-20, 1024))
    return rng.uniform(-1e6, 1e6)


def expect(fn) -> str:
    try:
        v = fn()
        return v if isinstance(v, str) else repr(v)  # repr too has the 4300-digit limit
    except Exception as e:  # noqa: BLE001 - the message is the point
        return f"EXC {type(e).__name__}: {e}"


BINARY = {
    "add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
    "floordiv": lambda a, b: a // b, "mod": lambda a, b: a % b, "and": lambda a, b: a & b,
    "or": lambda a, b: a | b, "xor": lambda a, b: a ^ b, "truediv": lambda a, b: a / b,
    "cmp": lambda a, b: (a > b) - (a < b),
}
SPECS = ["d", ",", "_", "x", "#x", "_x", "X", "#o", "b", "#_b", ">70", "^+60", "=+50,", "0=40", "e", ".3f", "g",
         "%", "n", "c", "+c", "", " d", "10.2", "s"]


def cases(rng: random.Random):
    for _ in range(15000):
        a, b = rand_int(rng), rand_int(rng)
        op = rng.choice(list(BINARY) + ["pow", "lshift", "rshift", "neg", "invert", "abs", "str", "hash", "tof",
                                        "fromf", "cmpf", "i64", "fmt"])
        if op in BINARY:
            if rng.random() < 0.05:
                b = 0
            yield f"{op} {a} {b}", expect(lambda: BINARY[op](a, b))
        elif op == "pow":
            a = a >> rng.randrange(0, 380) if abs(a) > 2**20 else a
            e = rng.randrange(-3, 40)
            yield f"pow {a} {e}", expect(lambda: a ** e)
        elif op in ("lshift", "rshift"):
            s = rng.choice([rng.randrange(-2, 300), rng.randrange(0, 70), 2**70, 10**30])
            if op == "lshift" and s > 10**6:
                s = 10**30
            yield f"{op} {a} {s}", expect(lambda: a << s if op == "lshift" else a >> s)
        elif op in ("neg", "invert", "abs"):
            yield f"{op} {a}", expect(lambda: {"neg": -a, "invert": ~a, "abs": abs(a)}[op])
        elif op == "str":
            yield f"str {a}", expect(lambda: str(a))
        elif op == "hash":
            yield f"hash {a}", str(hash(a))
        elif op == "tof":
            yield f"tof {a}", expect(lambda: float(a))
        elif op == "fromf":
            x = rand_float(rng, a)
            yield f"fromf {x.hex()}", expect(lambda: int(x))
        elif op == "cmpf":
            x = rand_float(rng, a)
            yield f"cmpf {a} {x.hex()}", "2" if math.isnan(x) else str((a > x) - (a < x))
        elif op == "i64":
            yield f"i64 {a}", (f"{a} 1" if -2**63 <= a < 2**63 else
                               "EXC OverflowError: Python int too large to convert to C ssize_t")
        else:
            spec = rng.choice(SPECS)
            yield f"fmt {a} {spec}", expect(lambda: format(a, spec))


def dec(n: int) -> str:
    """Decimal text of any length (the driver's input is not bound by str()'s digit limit)."""
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(0)
    try:
        return str(n)
    finally:
        sys.set_int_max_str_digits(old)


def fixed_cases():
    yield "str " + str(10**4300 - 1), str(10**4300 - 1)
    yield "str " + dec(-10**4300), expect(lambda: str(-10**4300))
    yield "fmt " + dec(10**4300) + " x", format(10**4300, "x")
    yield "fmt " + dec(10**4300) + " d", expect(lambda: format(10**4300, "d"))
    yield "pow 0 -1", expect(lambda: 0 ** -1)
    yield "pow 2 -1", "0.5"
    yield "pow -1 " + str(10**30 + 1), "-1"
    yield "pow " + str(10**400) + " -1", expect(lambda: (10**400) ** -1)
    yield "truediv 1 " + str(10**400), "0.0"
    yield "truediv -1 " + str(10**400), "-0.0"
    yield "truediv 0 -5", "-0.0"
    yield "truediv " + str(10**400) + " 3", expect(lambda: 10**400 / 3)
    yield "truediv " + str(2**1100) + " " + str(2**1090 + 1), repr(2**1100 / (2**1090 + 1))
    for k in range(1060, 1080):  # subnormal quotients: one rounding only
        yield f"truediv {3 ** 40} {2**k * 3 ** 39 + 1}", repr(3 ** 40 / (2**k * 3 ** 39 + 1))
    for count in (30 * (2**61 - 1) - 1, 30 * (2**61 - 10), 30 * (2**61 - 7), 30 * (2**61 - 7) + 1, 2**64):
        for a in (1, -(2**100)):  # CPython's digit clipping: OverflowError or (failing) allocation
            yield f"lshift {a} {count}", expect(lambda: a << count)
    yield "lshift 1 " + str(2**63), "EXC MemoryError: "
    yield "lshift 0 " + str(10**30), "0"
    rng = random.Random(8)
    for _ in range(500):  # float hashes (CPython's modulo 2**61 - 1), tiny to huge, integral or not
        x = rng.choice([rng.uniform(-1, 1) * math.ldexp(1.0, rng.randrange(-1074, 1024)),
                        float(rng.randrange(-2**60, 2**60)), rng.uniform(-1e6, 1e6)])
        yield f"ohash {token(x)}", str(hash(x))
    rng = random.Random(9)
    pieces = ["1", "0", "9", "12", "_", "__", " ", "\t", "\n", "+", "-", "x", "\x1c", "\xa0", "\u3000", "\u0661", "é"]
    texts = ["", " ", "-0", "1_000", "_1", "1_", "0" * 5000, "1" * 4300, "1" * 4301 + "x", "x" + "1" * 5000,
             "-" + "1_" * 3000 + "1", " 1" * 150] + ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 9)))
                                                    for _ in range(700)]
    for _ in range(300):  # well-formed: whitespace, a sign, digit groups joined by single underscores
        groups = [str(rng.getrandbits(rng.randrange(1, 200))) for _ in range(rng.randrange(1, 4))]
        texts.append(rng.choice(["", " ", "\t\n", "\xa0"]) + rng.choice(["", "+", "-"]) + "_".join(groups) +
                     rng.choice(["", " ", "\u3000"]))
    for text in texts:  # int(str)
        if any(ch >= "\u0500" and not ch.isspace() for ch in text):
            # CPython reads non-ASCII decimal digits; the run time does not, and says so
            want = "EXC NotImplementedError: int() of a str with non-ASCII characters is not supported"
        else:
            want = expect(lambda: int(text))
        yield "parse " + text.encode().hex(), want
    rng = random.Random(7)
    for _ in range(300):  # large operands of mixed sizes: GMP's subquadratic multiplication and division
        a = rng.getrandbits(rng.randrange(1000, 7000)) * rng.choice([1, -1])
        b = rng.getrandbits(rng.randrange(64, 7000)) * rng.choice([1, -1]) or 1
        op = rng.choice(["mul", "floordiv", "mod", "truediv", "xor"])
        yield f"{op} {a} {b}", expect(lambda: BINARY[op](a, b))
    yield "fmt " + str(2**62) + " c", expect(lambda: format(2**62, "c"))
    yield "fmt " + str(2**70) + " c", expect(lambda: format(2**70, "c"))


def test_bigint_matches_cpython(driver):
    rng = random.Random(20261129)
    all_cases = list(fixed_cases()) + list(cases(rng))
    text = "".join(line + "\n" for line, _ in all_cases)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1")
    res = subprocess.run([driver], input=text, capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr[-3000:]
    got = res.stdout.split("\n")
    bad = [(line[:200], want[:200], g[:200]) for (line, want), g in zip(all_cases, got) if g != want]
    assert len(got) == len(all_cases) + 1
    assert not bad, f"{len(bad)} mismatches, first: " + "\n".join(map(str, bad[:10]))


# ----- generic operations on value words (runtime/src/value/binop.c, obj.c) ------------------------
BINOPS = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, operator.pow,
          operator.lshift, operator.rshift, operator.and_, operator.or_, operator.xor, operator.matmul]
CMPOPS = [operator.lt, operator.le, operator.eq, operator.ne, operator.gt, operator.ge]
UNOPS = [operator.neg, operator.pos, operator.invert]
COMPLEX = "EXC NotImplementedError: complex numbers are not supported"


def token(v) -> str:
    if v is None:
        return "N"
    if isinstance(v, bool):
        return "T" if v else "F"
    if isinstance(v, int):
        return f"i:{v}"
    if isinstance(v, float):
        return f"f:{v.hex()}"
    return f"s:{v}"


def rand_value(rng: random.Random, small: bool = False):
    r = rng.random()
    if r < 0.35:
        return rng.randrange(-5, 41) if small else rand_int(rng)
    if r < 0.6:
        return rng.choice([0.0, -0.0, 1.5, -2.5, 0.1, 1e300, -1e-300, math.inf, -math.inf, math.nan, 3.0,
                           rng.uniform(-100, 100)])
    if r < 0.75:
        return rng.choice([True, False])
    if r < 0.9:
        return rng.choice(["", "a", "ab", "xyz", "b"])
    return None


def obj_expect(fn) -> str:
    try:
        v = fn()
        if isinstance(v, complex):
            return COMPLEX
        return repr(v)
    except Exception as e:  # noqa: BLE001
        if str(e) == "complex exponentiation":  # a complex result too large: still complex
            return COMPLEX
        return f"EXC {type(e).__name__}: {e}"


def obj_cases(rng: random.Random):
    for _ in range(10000):
        kind = rng.random()
        if kind < 0.55:
            op = rng.randrange(len(BINOPS))
            a = rand_value(rng)
            # keep results small: exponents, shift counts and repeat counts stay small ints
            b = rand_value(rng, small=op in (1 + 5, 7) or isinstance(a, str))
            if isinstance(b, str) and isinstance(a, int) and not isinstance(a, bool) and op == 2:
                a = rng.randrange(-3, 6)
            if op == 7 and isinstance(a, int) and isinstance(b, int) and abs(a) > 2**400:
                a >>= 300
            want = obj_expect(lambda: BINOPS[op](a, b))  # str % x formats (str_mod.c)
            yield f"bin {op} {token(a)} {token(b)}", want
        elif kind < 0.8:
            op = rng.randrange(len(CMPOPS))
            a, b = rand_value(rng), rand_value(rng)
            yield f"cmpo {op} {token(a)} {token(b)}", obj_expect(lambda: CMPOPS[op](a, b))
        elif kind < 0.88:
            op = rng.randrange(len(UNOPS))
            a = rand_value(rng)
            yield f"un {op} {token(a)}", obj_expect(lambda: UNOPS[op](a))
        else:
            a = rand_value(rng)
            what = rng.choice(["truth", "ostr", "orepr", "otype", "ofmt", "write", "ohash"])
            if what == "ohash" and (isinstance(a, str) or a is None or a != a):
                continue  # CPython randomises str hashes and hashes None and NaN by address
            if what == "ohash":
                yield f"ohash {token(a)}", str(hash(a))
            elif what == "ofmt":
                spec = rng.choice(SPECS + [".1", "<5", "x<7", ".2%"])
                yield f"ofmt {token(a)} {spec}", expect(lambda: format(a, spec))
            else:
                fn = {"truth": bool, "ostr": str, "orepr": repr, "write": str,
                      "otype": lambda v: type(v).__name__}[what]
                yield f"{what} {token(a)}", expect(lambda: fn(a))


def test_objects_match_cpython(driver):
    rng = random.Random(1129)
    all_cases = list(obj_cases(rng))
    text = "".join(line + "\n" for line, _ in all_cases)
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0:allocator_may_return_null=1")
    res = subprocess.run([driver], input=text, capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr[-3000:]
    got = res.stdout.split("\n")
    assert len(got) == len(all_cases) + 1
    bad = [(line[:200], want[:200], g[:200]) for (line, want), g in zip(all_cases, got) if g != want]
    assert not bad, f"{len(bad)} mismatches, first: " + "\n".join(map(str, bad[:30]))
