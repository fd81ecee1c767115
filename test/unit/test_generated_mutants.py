"""Adversarial generated programs: the corpus (test/programs, examples) mutated at random — an
expression or a statement replaced by one taken from another program, operators swapped, literals
changed in type, statements duplicated or dropped. Most mutants leave the supported subset or fail
in CPython; whatever happens, AIthon must either refuse with one located `file:line:col: error:`
(exit 1) or build a program that behaves exactly like CPython (stdout, exit status, final stderr
line). A compiler traceback, an internal compiler error or a different output is a bug. Fixed seeds:
`mutant_for(seed)` reproduces one; `python test/unit/test_generated_mutants.py FIRST LAST` runs more.
"""

from __future__ import annotations

import ast
import copy
import glob
import os
import random
import re
import subprocess
import sys
import tempfile
import tokenize
import warnings

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from conftest import ROOT, last_error_line, run_tool  # noqa: E402

SOURCES = sorted(glob.glob(os.path.join(ROOT, "test", "programs", "*.py")) +
                 glob.glob(os.path.join(ROOT, "examples", "*.py")))
LOCATED = re.compile(r"^\S.*:\d+:\d+: error: ")
WARNING = re.compile(r"^\S.*:\d+: warning: ")
BINOPS = [ast.Add, ast.Sub, ast.Mult, ast.Div, ast.FloorDiv, ast.Mod, ast.Pow]
CMPOPS = [ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq]
LITERALS = [0, 1, -1, 7, 2 ** 40, 0.5, -0.0, 1e300, "", "x", "héllo", True, False, None]


def _depth(node: ast.AST) -> int:
    stack, deepest = [(node, 1)], 0
    while stack:
        n, d = stack.pop()
        deepest = max(deepest, d)
        stack.extend((c, d + 1) for c in ast.iter_child_nodes(n))
    return deepest


def _trees() -> list[ast.Module]:
    """The corpus, less programs nested too deeply for copy.deepcopy and ast.unparse (the
    long-expression tests: they have their own differential programs)."""
    out = []
    for path in SOURCES:
        with tokenize.open(path) as fh:  # as CPython reads a source file (coding cookie, BOM)
            tree = ast.parse(fh.read())
        if _depth(tree) <= 200:
            out.append(tree)
    return out


TREES = _trees()


def _nodes(tree: ast.AST, kind: type) -> list[ast.AST]:
    return [n for n in ast.walk(tree) if isinstance(n, kind)]


def _stmt_lists(tree: ast.AST) -> list[list[ast.stmt]]:
    """Every statement list (bodies, orelse) inside functions."""
    out = []
    for n in ast.walk(tree):
        for field in ("body", "orelse"):
            seq = getattr(n, field, None)
            if isinstance(seq, list) and seq and isinstance(seq[0], ast.stmt) and not isinstance(n, ast.Module):
                out.append(seq)
    return out


def mutate(r: random.Random, tree: ast.Module) -> None:
    kind = r.randrange(6)
    if kind == 0:  # an expression from another program
        targets = [n for n in _nodes(tree, ast.expr) if not isinstance(n, ast.Starred)]
        donor = r.choice(_nodes(r.choice(TREES), ast.expr))
        if targets:
            _replace_expr(tree, r.choice(targets), copy.deepcopy(donor))
    elif kind == 1:  # a statement from another program
        lists = _stmt_lists(tree)
        donors = [s for seq in _stmt_lists(r.choice(TREES)) for s in seq]
        if lists and donors:
            seq = r.choice(lists)
            seq[r.randrange(len(seq))] = copy.deepcopy(r.choice(donors))
    elif kind == 2:  # an operator swapped
        ops = _nodes(tree, ast.BinOp) + _nodes(tree, ast.AugAssign)
        cmps = _nodes(tree, ast.Compare)
        if ops and (not cmps or r.random() < 0.6):
            r.choice(ops).op = r.choice(BINOPS)()
        elif cmps:
            c = r.choice(cmps)
            c.ops[r.randrange(len(c.ops))] = r.choice(CMPOPS)()
    elif kind == 3:  # a literal of another value or type
        consts = _nodes(tree, ast.Constant)
        if consts:
            r.choice(consts).value = r.choice(LITERALS)
    elif kind == 4:  # a statement duplicated
        lists = _stmt_lists(tree)
        if lists:
            seq = r.choice(lists)
            i = r.randrange(len(seq))
            seq.insert(i, copy.deepcopy(seq[i]))
    else:  # a statement dropped (a body keeps one)
        lists = [seq for seq in _stmt_lists(tree) if len(seq) > 1]
        if lists:
            seq = r.choice(lists)
            del seq[r.randrange(len(seq))]


def _replace_expr(tree: ast.AST, old: ast.expr, new: ast.expr) -> None:
    for parent in ast.walk(tree):
        for field, value in ast.iter_fields(parent):
            if value is old:
                setattr(parent, field, new)
                return
            if isinstance(value, list):
                for i, item in enumerate(value):
                    if item is old:
                        value[i] = new
                        return


def mutant_for(seed: int) -> str:
    r = random.Random(seed)
    for _ in range(20):  # a mutant that CPython cannot even compile is not interesting: redraw
        tree = copy.deepcopy(r.choice(TREES))
        for _ in range(r.randint(1, 3)):
            mutate(r, tree)
        try:
            src = ast.unparse(ast.fix_missing_locations(tree)) + "\n"
            with warnings.catch_warnings():  # CPython's hints on odd mutants ("perhaps you missed a comma?")
                warnings.simplefilter("ignore", SyntaxWarning)
                compile(src, "<mutant>", "exec")
            return src
        except (SyntaxError, ValueError, TypeError, RecursionError):
            continue
    return "print('no mutant')\n"


def check(seed: int, directory: str) -> str:
    """Build the mutant; return 'refused', 'same' or 'slow' (CPython too slow)."""
    prog = os.path.join(directory, f"mutant_{seed}.py")
    exe = os.path.join(directory, f"mutant_{seed}")
    with open(prog, "w", encoding="utf-8") as fh:
        fh.write(mutant_for(seed))
    built = run_tool("main", "build", prog, "-o", exe)
    assert "Traceback" not in built.stderr and "internal compiler error" not in built.stderr, built.stderr
    if built.returncode != 0:
        # located warnings (CPython's SyntaxWarnings) may precede the one located error
        first = next((ln for ln in built.stderr.splitlines() if not WARNING.match(ln)), "")
        assert built.returncode == 1 and LOCATED.match(first), built.stderr
        return "refused"
    try:
        expected = subprocess.run([sys.executable, prog], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=10, cwd=directory)
    except subprocess.TimeoutExpired:
        return "slow"
    got = subprocess.run([exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60, cwd=directory)
    assert got.returncode == expected.returncode, got.stderr.decode(errors="replace")[-2000:]
    assert got.stdout == expected.stdout, got.stderr.decode(errors="replace")[-2000:]
    if expected.returncode:
        assert last_error_line(got.stderr) == last_error_line(expected.stderr)
    return "same"


@pytest.mark.parametrize("seed", range(1, 41))
def test_mutant_is_refused_or_matches_cpython(seed, tmp_path):
    check(seed, str(tmp_path))


if __name__ == "__main__":
    first, last = int(sys.argv[1]), int(sys.argv[2])
    tally: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as d:
        for s in range(first, last + 1):
            try:
                outcome = check(s, d)
            except AssertionError as e:
                outcome = "failed"
                print(f"seed {s}: FAILED\n{str(e)[:1500]}")
            tally[outcome] = tally.get(outcome, 0) + 1
    print(", ".join(f"{v} {k}" for k, v in sorted(tally.items())))
    print(f"{last - first + 1 - tally.get('failed', 0)} passed, {tally.get('failed', 0)} failed")
