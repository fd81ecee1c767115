"""Differential tests on generated arithmetic: random int/float expressions (+ - * / // % **,
chained comparisons, format specs) over variables and literals, kept only when CPython evaluates
them without an exception and within 62 bits, then printed by one program run under CPython and
under `aithon run`. Fixed seeds: a failure is reproducible with `program_for(seed)`."""

import random
import subprocess
import sys

import pytest

from conftest import run_tool

ENV = {"a": 17, "b": -5, "c": 3, "x": 1.75, "y": -2.5}
INTS = ["a", "b", "c", "7", "-3", "1", "12", "0"]
FLOATS = ["x", "y", "2.5", "-0.5", "0.1", "3.0", "1e16", "1e-7"]
SPECS = ["", "", "", ":.3f", ":>12", ":+", ":e", ":g", ":08.2f", ":,", ":.2", ":^9"]
CMPS = ["<", "<=", ">", ">=", "==", "!="]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def int_expr(self, d: int) -> str:
        r = self.r
        if d == 0 or r.random() < 0.3:
            return r.choice(INTS)
        op = r.choice(["+", "-", "*", "//", "%", "**"])
        if op == "**":
            return f"({self.int_expr(d - 1)} ** {r.choice(['2', '3', 'c'])})"
        return f"({self.int_expr(d - 1)} {op} {self.int_expr(d - 1)})"

    def float_expr(self, d: int) -> str:
        r = self.r
        if d == 0 or r.random() < 0.3:
            return r.choice(FLOATS + INTS)
        return f"({self.float_expr(d - 1)} {r.choice(['+', '-', '*', '/', '//', '%'])} {self.float_expr(d - 1)})"

    def compare(self, d: int) -> str:
        r = self.r
        return f"{self.float_expr(d)} {r.choice(CMPS)} {self.float_expr(d)} {r.choice(CMPS)} {self.int_expr(d)}"

    def line(self, n: int) -> str | None:
        kind = self.r.choice("ifc")
        e = self.int_expr(3) if kind == "i" else self.float_expr(3) if kind == "f" else self.compare(2)
        try:
            v = eval(e, {}, dict(ENV))  # noqa: S307 - our own generated arithmetic
        except ArithmeticError:
            return None
        if (type(v) is int and abs(v) >= 2 ** 62) or v != v:
            return None
        spec = self.r.choice(SPECS) if kind != "c" else ""
        if spec:
            try:
                format(v, spec[1:])
            except ValueError:
                return None
            return f"    print(f'{n}: {{{e}{spec}}}')"
        return f"    print({n}, {e})"


def program_for(seed: int, count: int = 60) -> str:
    g = Gen(seed)
    lines = ["import asyncio", "", "", "async def main():"] + [f"    {k} = {v}" for k, v in ENV.items()]
    while len(lines) < count + 9:
        line = g.line(len(lines) - 9)
        if line:
            lines.append(line)
    return "\n".join(lines + ["", "", "asyncio.run(main())", ""])


@pytest.mark.parametrize("seed", range(1, 7))
def test_generated_arithmetic_matches_cpython(seed, tmp_path):
    prog = tmp_path / f"arith_{seed}.py"
    prog.write_text(program_for(seed))
    expected = subprocess.run([sys.executable, str(prog)], stdout=subprocess.PIPE, text=True)
    assert expected.returncode == 0
    got = run_tool("main", "run", str(prog))
    assert got.returncode == 0, got.stderr
    assert got.stdout == expected.stdout
