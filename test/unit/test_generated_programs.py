"""Differential tests on generated whole programs: random sync helpers and async coroutines with
typed locals (int, float, str, bool), if/elif/else, while and for loops with break/continue, early
returns, augmented assignment, f-strings with specs, print with sep/end, calls between helpers,
bounded recursion, awaits, gathers and tasks that print while they interleave. Every program stays
inside the documented subset (a variable keeps one type, ints stay far below 2**63), so AIthon must
print exactly what CPython prints. Fixed seeds: a failure is reproducible with `program_for(seed)`;
`python test/unit/test_generated_programs.py FIRST LAST` runs more seeds outside pytest."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conftest import assert_same_run, run_tool  # noqa: E402

M = 10007  # every stored int is reduced modulo M, so products of two stay far below 2**62
SPECS = ["", ":>6", ":<5", ":^7", ":+", ":05d", ":x", ":,"]
FSPECS = ["", ":.3f", ":10.2f", ":e", ":g", ":.1%", ":+.2f"]
CMPS = ["<", "<=", ">", ">=", "==", "!="]


class Fn:
    """The typed locals of one function being generated."""

    def __init__(self, name: str, params: list[str], is_async: bool):
        self.name, self.params, self.is_async = name, params, is_async
        self.ints = list(params) + ["x0", "x1"]
        self.floats = ["f0"]
        self.strs = ["s0"]
        self.bools = ["b0"]
        self.loop = 0  # nesting depth of loops (break/continue allowed inside)
        self.protected = set(params)  # parameters and loop counters: read, never assigned

    def targets(self) -> list[str]:
        return [v for v in self.ints if v not in self.protected]


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.sync: list[str] = []   # helper names defined so far (callable from later functions)
        self.coros: list[str] = []  # coroutine names defined so far
        self.counter = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    # ----- expressions ------------------------------------------------------------------------
    def iexpr(self, fn: Fn, d: int = 2) -> str:
        r = self.r
        c = r.random()
        if d == 0 or c < 0.3:
            return r.choice(fn.ints + [str(r.randint(-20, 99))])
        if c < 0.55:
            return f"({self.iexpr(fn, d - 1)} {r.choice('+-*')} {self.iexpr(fn, d - 1)})"
        if c < 0.65:
            return f"({self.iexpr(fn, d - 1)} // ({self.iexpr(fn, d - 1)} % 7 + 1))"
        if c < 0.72:
            return f"({self.iexpr(fn, d - 1)} % ({self.iexpr(fn, d - 1)} % 5 + 6))"
        if c < 0.77:
            return f"(({self.iexpr(fn, d - 1)}) % 9) ** {r.randint(0, 3)}"
        if c < 0.82:
            return f"{r.choice(['min', 'max'])}({self.iexpr(fn, d - 1)}, {self.iexpr(fn, d - 1)})"
        if c < 0.86:
            return f"abs({self.iexpr(fn, d - 1)})"
        if c < 0.9:
            return f"len({self.sexpr(fn, d - 1)})"
        if c < 0.95 and self.sync:
            return f"{r.choice(self.sync)}({self.iexpr(fn, d - 1)} % 50, {self.iexpr(fn, d - 1)} % 50)"
        return f"({self.iexpr(fn, d - 1)} if {self.bexpr(fn, d - 1)} else {self.iexpr(fn, d - 1)})"

    def fexpr(self, fn: Fn, d: int = 2) -> str:
        r = self.r
        c = r.random()
        if d == 0 or c < 0.3:
            return r.choice(fn.floats + [r.choice(["0.5", "1.25", "-2.0", "0.1", "3.0", "1e-3", "7.75"])])
        if c < 0.6:
            return f"({self.fexpr(fn, d - 1)} {r.choice('+-*')} {r.choice([self.fexpr(fn, d - 1), self.iexpr(fn, 0)])})"
        if c < 0.75:
            return f"({self.fexpr(fn, d - 1)} / (abs({self.fexpr(fn, d - 1)}) + 1.0))"
        if c < 0.85:
            return f"({self.fexpr(fn, d - 1)} % {r.choice(['3.5', '2.0', '-4.25'])})"
        if c < 0.92:
            return f"({self.iexpr(fn, d - 1)} / {r.randint(1, 9)})"
        return f"float({self.iexpr(fn, d - 1)})"

    def sexpr(self, fn: Fn, d: int = 2) -> str:
        r = self.r
        c = r.random()
        if d == 0 or c < 0.35:
            return r.choice(fn.strs + [repr(r.choice(["a", "bc", "", "héllo", "x y", "Z"]))])
        if c < 0.55:
            return f"({self.sexpr(fn, d - 1)} + {self.sexpr(fn, d - 1)})"
        if c < 0.65:
            return f"({self.sexpr(fn, d - 1)} * ({self.iexpr(fn, 0)} % 3))"
        if c < 0.8:
            return f"str({r.choice([self.iexpr(fn, d - 1), self.fexpr(fn, d - 1), self.bexpr(fn, 0)])})"
        spec = r.choice(SPECS)
        fspec = r.choice(FSPECS)
        return (f"f\"<{{{self.iexpr(fn, d - 1)}{spec}}}|{{{self.fexpr(fn, d - 1)}{fspec}}}"
                f"|{{{r.choice(fn.strs)}!r}}>\"")

    def bexpr(self, fn: Fn, d: int = 2) -> str:
        r = self.r
        c = r.random()
        if d == 0 or c < 0.25:
            return r.choice(fn.bools + ["True", "False"])
        if c < 0.55:
            return f"{self.iexpr(fn, d - 1)} {r.choice(CMPS)} {self.iexpr(fn, d - 1)}"
        if c < 0.65:
            return f"{self.fexpr(fn, d - 1)} {r.choice(CMPS)} {self.iexpr(fn, d - 1)}"
        if c < 0.72:
            return f"{self.sexpr(fn, d - 1)} {r.choice(CMPS)} {self.sexpr(fn, d - 1)}"
        if c < 0.85:
            return f"({self.bexpr(fn, d - 1)} {r.choice(['and', 'or'])} {self.bexpr(fn, d - 1)})"
        return f"not {self.bexpr(fn, d - 1)}"

    # ----- statements -------------------------------------------------------------------------
    def assign(self, fn: Fn, ind: str) -> list[str]:
        r = self.r
        k = r.random()
        if k < 0.4:
            v = r.choice(fn.targets())
            if r.random() < 0.3:
                return [f"{ind}{v} {r.choice(['+=', '-=', '*='])} {self.iexpr(fn, 1)}", f"{ind}{v} %= {M}"]
            return [f"{ind}{v} = ({self.iexpr(fn)}) % {M}"]
        if k < 0.6:
            v = r.choice(fn.floats)
            return [f"{ind}{v} = ({self.fexpr(fn)}) % 1000.0"]
        if k < 0.85:
            v = r.choice(fn.strs)
            return [f"{ind}{v} = {self.sexpr(fn)}", f"{ind}if len({v}) > 40:", f"{ind}    {v} = 'cut'"]
        return [f"{ind}{r.choice(fn.bools)} = {self.bexpr(fn)}"]

    def printing(self, fn: Fn, ind: str) -> list[str]:
        r = self.r
        args = [r.choice([self.iexpr, self.fexpr, self.sexpr, self.bexpr])(fn, 1) for _ in range(r.randint(0, 3))]
        extra = r.choice(["", "", ", sep=''", ", sep=' | '", ", end=';\\n'", ", end=''"])
        tag = repr(f"{fn.name}:{self.fresh('p')}")
        return [f"{ind}print({', '.join([tag] + args)}{extra})"]

    def block(self, fn: Fn, ind: str, depth: int, n: int) -> list[str]:
        out: list[str] = []
        for _ in range(n):
            out += self.stmt(fn, ind, depth)
        return out or [f"{ind}pass"]

    def stmt(self, fn: Fn, ind: str, depth: int) -> list[str]:
        """One statement; a name it introduces (loop counter) is visible only inside it."""
        ints = list(fn.ints)
        try:
            return self.stmt_kind(fn, ind, depth)
        finally:
            fn.ints = ints

    def stmt_kind(self, fn: Fn, ind: str, depth: int) -> list[str]:
        r = self.r
        c = r.random()
        if c < 0.3 or depth == 0:
            return self.assign(fn, ind)
        if c < 0.45:
            return self.printing(fn, ind)
        if c < 0.57:
            out = [f"{ind}if {self.bexpr(fn)}:"] + self.block(fn, ind + "    ", depth - 1, r.randint(1, 3))
            if r.random() < 0.4:
                out += [f"{ind}elif {r.choice([self.bexpr(fn), fn.ints[-1], fn.strs[0]])}:"]
                out += self.block(fn, ind + "    ", depth - 1, r.randint(1, 2))
            if r.random() < 0.5:
                out += [f"{ind}else:"] + self.block(fn, ind + "    ", depth - 1, r.randint(1, 2))
            return out
        if c < 0.67:
            i = self.fresh("i")
            fn.ints.append(i)
            fn.protected.add(i)
            a, b, s = r.randint(-3, 3), r.randint(-3, 8), r.choice([1, 1, 2, -1, 3])
            fn.loop += 1
            body = self.block(fn, ind + "    ", depth - 1, r.randint(1, 3))
            fn.loop -= 1
            return [f"{ind}for {i} in range({a}, {b}, {s}):"] + body
        if c < 0.75:
            k = self.fresh("k")
            fn.ints.append(k)
            fn.protected.add(k)
            fn.loop += 1
            body = [f"{ind}    {k} += 1"] + self.block(fn, ind + "    ", depth - 1, r.randint(1, 3))
            fn.loop -= 1
            return [f"{ind}{k} = 0", f"{ind}while {k} < {r.randint(0, 6)}:"] + body
        if c < 0.8 and fn.loop:
            return [f"{ind}if {self.bexpr(fn, 1)}:", f"{ind}    {r.choice(['break', 'continue'])}"]
        if c < 0.84 and not fn.is_async and fn.loop == 0:
            return [f"{ind}if {self.bexpr(fn, 1)}:", f"{ind}    return ({self.iexpr(fn)}) % {M}"]
        if fn.is_async and self.coros:
            return self.async_stmt(fn, ind)
        return self.printing(fn, ind)

    def async_stmt(self, fn: Fn, ind: str) -> list[str]:
        r = self.r
        v = r.choice(fn.targets())
        c = r.random()
        callee = r.choice(self.coros)
        if c < 0.3:
            return [f"{ind}{v} = (await {callee}({self.iexpr(fn, 1)} % 4) + {v}) % {M}"]
        if c < 0.55:
            rs = self.fresh("rs")
            calls = ", ".join(f"{r.choice(self.coros)}({self.iexpr(fn, 0)} % 4)" for _ in range(r.randint(1, 3)))
            return [f"{ind}{rs} = await asyncio.gather({calls})", f"{ind}for r_ in {rs}:",
                    f"{ind}    {v} = ({v} * 31 + r_) % {M}"]
        if c < 0.75 and ind == "    ":  # the subset takes tasks assigned in the function body only
            t = self.fresh("t")
            mid = self.printing(fn, ind) if r.random() < 0.5 else [f"{ind}await asyncio.sleep(0)"]
            return ([f"{ind}{t} = asyncio.create_task({callee}({self.iexpr(fn, 0)} % 4))"] + mid +
                    [f"{ind}{v} = ({v} + await {t}) % {M}"])
        return [f"{ind}await asyncio.sleep(0)"]

    # ----- functions --------------------------------------------------------------------------
    def helper(self) -> list[str]:
        name = self.fresh("h")
        fn = Fn(name, ["a", "b"], False)
        body = self.prologue(fn) + self.block(fn, "    ", 2, self.r.randint(2, 5))
        body.append(f"    return ({self.iexpr(fn)}) % {M}")
        self.sync.append(name)
        return [f"def {name}(a, b):"] + body + ["", ""]

    def coroutine(self) -> list[str]:
        name = self.fresh("c")
        fn = Fn(name, ["n"], True)
        body = self.prologue(fn) + self.block(fn, "    ", 2, self.r.randint(2, 5))
        body.append(f"    return ({self.iexpr(fn)}) % {M}")
        self.coros.append(name)
        return [f"async def {name}(n):"] + body + ["", ""]

    def prologue(self, fn: Fn) -> list[str]:
        r = self.r
        return [f"    x0 = {r.randint(0, 50)}", f"    x1 = {r.randint(-9, 9)}", f"    f0 = {r.choice(['0.5', '2.25', '-1.0'])}",
                f"    s0 = {repr(r.choice(['s', 'ab', '']))}", f"    b0 = {r.choice(['True', 'False'])}"]


RECURSIVE = f'''def rec(n):
    if n <= 1:
        return n
    return (rec(n - 1) * 3 + rec(n - 2)) % {M}


'''


def program_for(seed: int) -> str:
    g = Gen(seed)
    g.sync.append("rec2")
    out = ["import asyncio", "", "", RECURSIVE + f"def rec2(a, b):\n    return rec(a % 12) + b\n\n"]
    for _ in range(g.r.randint(1, 3)):
        out += g.helper()
    for _ in range(g.r.randint(1, 3)):
        out += g.coroutine()
    main = Fn("main", [], True)
    body = g.prologue(main) + g.block(main, "    ", 3, g.r.randint(4, 9))
    body.append("    print('end', x0, x1, f0, s0, b0)")
    out += ["async def main():"] + body + ["", "", "asyncio.run(main())", ""]
    return "\n".join(out)


def check(seed: int, directory: str) -> None:
    prog = os.path.join(directory, f"gen_{seed}.py")
    with open(prog, "w", encoding="utf-8") as fh:
        fh.write(program_for(seed))
    expected = subprocess.run([sys.executable, prog], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    got = run_tool("main", "run", prog)
    assert_same_run(expected, got)


@pytest.mark.parametrize("seed", range(1, 13))
def test_generated_program_matches_cpython(seed, tmp_path):
    check(seed, str(tmp_path))


if __name__ == "__main__":
    first, last = int(sys.argv[1]), int(sys.argv[2])
    failed = 0
    with tempfile.TemporaryDirectory() as d:
        for s in range(first, last + 1):
            try:
                check(s, d)
            except AssertionError as e:
                failed += 1
                print(f"seed {s}: FAILED\n{str(e)[:1500]}")
    print(f"{last - first + 1 - failed} passed, {failed} failed")
