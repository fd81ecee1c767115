"""Differential tests on generated big-int arithmetic: each program binds values at and past the
64-bit edges (±2**62±k, ±2**63±k, ±2**64, ±2**127, 10**30, products of two; some through an awaited
coroutine) and prints ~40 expressions over + - * // % ** (exponent 0..40) << >> (count 0..200)
& | ^ ~, unary minus, abs, str, comparisons with ints and floats (also chained), true division
(correctly rounded), and f-string specs (`:,` `:_` `:x` `:o` `:b` `:>30` `:+` `:e` `:.3f` ...).

Ints are unbounded, as in CPython: nothing is modelled. Each program ends (all but a few seeds) with
a line where CPython raises — division or modulo by zero, a negative shift count, `0 ** -1`, an int
too large to convert to float, a quotient too large for a float — and the exit status and last
stderr line must match too. The generator evaluates every candidate line with Python itself and
keeps only clean ones before the ending, so the ending is the program's first raising line.
Fixed seeds: `program_for(seed)` reproduces a program."""

from __future__ import annotations

import random

import pytest

from generated import expect_same

SEEDS = range(1, 13)
HEADER = ["import asyncio", "", "", "async def ident(x):", "    await asyncio.sleep(0)", "    return x", "", "",
          "async def main():"]
FOOTER = ["", "", "asyncio.run(main())", ""]
SMALL = {"zero": 0, "one": 1, "neg": -7, "sh": 67, "ex": 13}
SPECS = [":,", ":_", ":x", ":X", ":#x", ":o", ":b", ":_b", ":>30", ":<30", ":^41", ":+", ": ", ":e", ":.3e",
         ":.3f", ":,.2f", ":g", ":=+40,", ":040_", ":#o", ":d", ":n", ":%"]
CMPS = ["<", "<=", ">", ">=", "==", "!="]
FLOATS = ["1.5", "-0.5", "4.611686018427388e18", "9.223372036854776e18", "-9.223372036854776e18",
          "1.8446744073709552e19", "1.7014118346046923e38", "1e30", "1e300", "1e308 * 10", "-1e308 * 10",
          "0.0", "2.0 ** 64", "2.0 ** 127"]
LIMIT = 10 ** 1500  # keeps results printable (the 4300-digit str limit) and the output modest
# The program's last line: each is an expression over the bound values where CPython raises.
ENDINGS = [
    ("{e} // zero", ZeroDivisionError),
    ("{e} % zero", ZeroDivisionError),
    ("{e} / zero", ZeroDivisionError),
    ("{e} >> neg", ValueError),
    ("{e} << (neg - sh)", ValueError),
    ("zero ** neg", ZeroDivisionError),
    ("float({e} ** 9)", OverflowError),
    ("({e} << 1100) / 1.0", OverflowError),
    ("({e} << 1100) / one", OverflowError),
    ("{e} * 1e308 * 1e308 + ({e} << 1100) * 0.5", OverflowError),
    ("f'{{{e} ** 40 << 1100:e}}'", OverflowError),
]


def big_values(r: random.Random) -> dict[str, str]:
    """Variable name -> source of its value (Python evaluates the same source)."""
    def edge() -> str:
        base = r.choice(["2 ** 62", "2 ** 63", "2 ** 64", "2 ** 127", "10 ** 30"])
        k = r.choice([0, 0, 1, 1, 2, 3, 5, 12345, 2 ** 40])
        src = f"{base} {r.choice('+-')} {k}" if k else base
        return f"-({src})" if r.random() < 0.4 else src

    out: dict[str, str] = {}
    for i in range(7):
        out[f"big_{chr(ord('a') + i)}"] = edge()
    names = list(out)
    out["prod_a"] = f"{r.choice(names)} * {r.choice(names)}"
    out["prod_b"] = f"({edge()}) * ({edge()})"
    return out


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.values = big_values(self.r)
        self.ns: dict = dict(SMALL)
        for name, src in self.values.items():
            self.ns[name] = eval(src, {}, self.ns)
        self.names = list(self.values)

    def leaf(self) -> str:
        r = self.r
        k = r.random()
        if k < 0.7:
            return r.choice(self.names)
        if k < 0.85:
            return r.choice(list(SMALL))
        v = r.choice([3, -5, 10, 255, 2 ** 32, -(2 ** 31), 10 ** 20])
        return f"({v})" if v < 0 else str(v)

    def int_expr(self, d: int) -> str:
        r = self.r
        if d == 0 or r.random() < 0.25:
            return self.leaf()
        op = r.choice(["+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "~", "-u", "abs"])
        if op == "**":
            return f"({self.leaf()} ** {r.randint(0, 40)})"
        if op in ("<<", ">>"):
            return f"({self.int_expr(d - 1)} {op} {r.choice([str(r.randint(0, 200)), 'sh', 'ex', 'one'])})"
        if op == "~":
            return f"(~{self.int_expr(d - 1)})"
        if op == "-u":
            return f"(-{self.int_expr(d - 1)})"
        if op == "abs":
            return f"abs({self.int_expr(d - 1)})"
        return f"({self.int_expr(d - 1)} {op} {self.int_expr(d - 1)})"

    def line_expr(self) -> tuple[str, str]:
        """(kind, expression): kind 'int' (a spec may apply) or 'other'."""
        r = self.r
        kind = r.choice(["int", "int", "int", "int", "cmp", "cmpf", "chain", "div", "str", "mixed", "bylit"])
        if kind == "int":
            return "int", self.int_expr(3)
        if kind == "bylit":  # a literal right operand: small (a constant divisor), or beyond 64 bits
            lit = r.choice(["7", "-3", "1000000007", "18446744073709551617", "-100000000000000000000000",
                            "4611686018427387904"])
            return "int", f"{self.int_expr(2)} {r.choice(['//', '%', '*', '+', '-', '&'])} {lit}"
        if kind == "cmp":
            return "other", f"{self.int_expr(2)} {r.choice(CMPS)} {self.int_expr(2)}"
        if kind == "cmpf":
            a, b = self.int_expr(2), r.choice(FLOATS)
            return "other", f"{a} {r.choice(CMPS)} {b}" if r.random() < 0.5 else f"{b} {r.choice(CMPS)} {a}"
        if kind == "chain":
            return "other", f"{self.int_expr(1)} {r.choice(CMPS)} {r.choice(FLOATS)} {r.choice(CMPS)} {self.int_expr(1)}"
        if kind == "div":
            return "other", f"{self.int_expr(2)} / {self.int_expr(2)}"
        if kind == "str":
            e = self.int_expr(2)
            return "other", f"str({e}) + '|' + str(len(str({e})))"
        return "other", f"{self.int_expr(2)} {r.choice(['+', '*', '-', '/', '//', '%'])} {r.choice(['0.5', '-2.0', '1e10', '3.25'])}"

    def evaluate(self, src: str):
        """The value CPython computes for a printed argument, or the exception it raises."""
        try:
            return eval(src, {}, self.ns), None
        except (ArithmeticError, ValueError) as exc:
            return None, exc

    def clean_line(self, n: int) -> str | None:
        kind, e = self.line_expr()
        value, exc = self.evaluate(e)
        if exc is not None or isinstance(value, complex):
            return None
        if type(value) is int and abs(value) > LIMIT:
            return None
        if kind == "int" and self.r.random() < 0.5:
            spec = self.r.choice(SPECS)
            _, exc = self.evaluate(f"f'{{({e}){spec}}}'")
            if exc is not None:
                return None
            return f"    print(f'{n}: {{{e}{spec}}}')"
        return f"    print({n}, {e})"

    def ending(self, which: int) -> str | None:
        template, exc_type = ENDINGS[which % len(ENDINGS)]
        for _ in range(100):
            e = self.int_expr(1)
            value, _ = self.evaluate(e)
            if value is None or value == 0:
                continue
            src = template.format(e=e)
            _, exc = self.evaluate(src)
            if isinstance(exc, exc_type):
                return f"    print('end', {src})"
        return None


def program_for(seed: int, count: int = 40) -> str:
    g = Gen(seed)
    lines = [f"    {name} = {value}" for name, value in SMALL.items()]
    for i, (name, src) in enumerate(g.values.items()):
        lines.append(f"    {name} = await ident({src})" if i % 3 == 1 else f"    {name} = {src}")
    lines.append(f"    print({', '.join(g.names)})")
    body: list[str] = []
    tries = 0
    while len(body) < count and tries < 50 * count:
        tries += 1
        line = g.clean_line(len(body))
        if line is not None:
            body.append(line)
    if seed % 6 != 0:  # a few programs run to the end cleanly
        end = g.ending(seed)
        assert end is not None, seed
        body.append(end)
    return "\n".join(HEADER + lines + body + FOOTER)


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_bigint_matches_cpython(seed, tmp_path):
    expect_same(tmp_path, f"bigint_{seed}", program_for(seed))


def test_generator_covers_big_results_and_endings():
    """The seeds print ints past 64 bits in most lines and end in several different exceptions."""
    import subprocess
    import sys

    endings = set()
    for seed in SEEDS:
        src = program_for(seed)
        res = subprocess.run([sys.executable, "-c", src], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             timeout=60)
        lines = res.stdout.splitlines()
        assert len(lines) == 41, (seed, res.stderr)
        assert res.returncode == (0 if seed % 6 == 0 else 1), (seed, res.stderr)
        if res.returncode:
            endings.add(res.stderr.strip().splitlines()[-1].split(":")[0])
        big = sum(1 for ln in lines if any(len(w.strip("-+,_")) > 19 for w in ln.split()))
        assert big >= 10, (seed, big)
    assert {"ZeroDivisionError", "ValueError", "OverflowError"} <= endings, endings
