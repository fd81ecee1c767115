"""Differential tests on generated programs over lists, dicts, strs, tuples and sets: each program
starts a few tasks that mutate one shared list and one shared dict (the tasks must run in the
caller's actor for CPython's output), then applies ~45 random statements — methods, slices, slice
assignment, `del`, augmented assignment, comprehensions, sorting with `key=`/`reverse=`, joins and
splits, set algebra — printing the state and derived values (len, sum, min/max, count, index, in,
sorted items, repr) after each. The generator runs every candidate statement with Python itself and
keeps only those that do not raise; most seeds then end with one statement where CPython raises
(IndexError, KeyError, ValueError, TypeError), so the exit status and last stderr line are compared
too. Fixed seeds: `program_for(seed)` reproduces a program."""

from __future__ import annotations

import random

import pytest

from generated import expect_same

SEEDS = range(1, 11)
WORDS = ["ant", "bee", "cat", "dog", "eel", "fox", "gnu", "hen", "ant", "cat"]
CHARS = ["a", "e", "t", "o", " ", "-", "x"]
HEADER = '''import asyncio

shared = [1, 2, 3]
tally = {}


async def worker(k):
    shared.append(k)
    await asyncio.sleep(0)
    tally[k % 3] = tally.get(k % 3, 0) + k
    shared.insert(0, -k)
    return len(shared)


async def main():
    sizes = await asyncio.gather(*[worker(k) for k in range(4)])
    print(sizes, shared, tally)
    xs = list(shared)
    ws = WORDS_LIST
    d = dict(zip(ws, range(len(ws))))
    s = " ".join(ws)
    t = tuple(xs[:3])
    st = set(xs)
'''
FOOTER = "\n\nasyncio.run(main())\n"


def _statements(r: random.Random) -> list[str]:
    i = lambda: r.randint(-6, 9)  # noqa: E731
    w = lambda: repr(r.choice(WORDS))  # noqa: E731
    c = lambda: repr(r.choice(CHARS))  # noqa: E731
    lst = lambda: repr([r.randint(-5, 9) for _ in range(r.randint(0, 4))])  # noqa: E731
    st = lambda: "{" + ", ".join(str(r.randint(-4, 9)) for _ in range(r.randint(1, 4))) + "}"  # noqa: E731
    a, b = sorted((r.randint(-7, 8), r.randint(-7, 8)))
    return [
        f"xs.append({i()})", f"xs.insert({i()}, {i()})", "xs.pop()", f"xs.pop({i()})", f"xs.remove({i()})",
        "xs.sort()", "xs.sort(reverse=True)", "xs.sort(key=lambda v: (v % 3, -v))", "xs.reverse()",
        f"xs.extend({lst()})", f"xs += {lst()}", f"xs[{i()}] = {i()}", f"xs[{a}:{b}] = {lst()}",
        f"del xs[{i()}]", f"del xs[{a}:{b}]", f"xs = xs[{a}:{b}:{r.choice([1, 2, -1, -2])}] + xs",
        f"xs = [v * {i()} for v in xs if v % 2]", f"xs *= {r.randint(0, 2)}",
        f"d[{w()}] = {i()}", f"d[{w()}] = d.get({w()}, 0) + {i()}", f"d.pop({w()}, None)", f"d.pop({w()})",
        f"d.setdefault({w()}, {i()})", f"d.update({{{w()}: {i()}}})", f"del d[{w()}]",
        f"d = {{k: v for k, v in d.items() if v != {i()}}}", f"d[{w()}] += {i()}",
        f"s = s.replace({c()}, {c()})", "s = s.upper()", "s = s.title()", f"s = s[{a}:{b}]",
        f"s = s.strip({c()})", f"s = {c()}.join(ws)", "ws = s.split()", f"ws = s.split({c()})",
        f"ws = s.rsplit({c()}, 1)", f"ws = sorted(ws, key=len, reverse={r.choice([True, False])})",
        f"st.add({i()})", f"st.discard({i()})", f"st.remove({i()})", f"st = st | {st()}", f"st = st - {st()}",
        f"st &= {st()}", f"st ^= {st()}", f"t = tuple(xs[{a}:{b}])", f"t = t + ({i()},)", f"t = t[{a}:]",
        f"xs[{i()}] += {i()}", f"s = s + str({i()}) * {r.randint(0, 3)}", f"ws.append(s[{i()}])",
    ]


PRINTS = [
    "print(xs, d, s, ws, sorted(st), t)",
    "print(len(xs), sum(xs), min(xs, default=None), max(xs, default=0), xs[::-1], {i} in xs, xs.count({i}))",
    "print(sorted(d.items()), list(d), len(d), {w} in d, sorted(d, key=lambda k: (d[k], k)))",
    "print(s.find({c}), s.count({c}), s.startswith({c}), s.lower(), s.split({c}), repr(s)[:20])",
    "print(t < tuple(xs), t == t[:], len(t), sorted(st)[:3], st <= set(xs), {i} in st)",
    "print([(k, v) for k, v in enumerate(ws) if k % 2 == 0], list(zip(xs, ws)), any(v > 3 for v in xs))",
    "print(f\"{{len(ws):>3}}|{{s!r:.12}}|{{sum(xs):+d}}\", '%s-%d' % (s[:4], len(xs)), ', '.join(map(str, xs)))",
]
# Statements where CPython raises (each is tried; the first that raises ends the program).
ENDINGS = ["print(xs[{n}])", "print(d[{w}])", "xs.remove({n})", "print(int(s))", "print(xs + t)",
           "print(ws.index('zzz'))", "print(sorted([1, 'a']))", "t[0] = 1", "print({{}}.popitem())"]


def program_for(seed: int) -> str:
    r = random.Random(seed)
    env: dict = {}
    setup = HEADER.replace("WORDS_LIST", repr(WORDS))
    ns_src = ("shared = [-3, -2, -1, 0, 1, 2, 3, 0, 1, 2, 3]\ntally = {0: 3, 1: 1, 2: 2}\nxs = list(shared)\n"
              f"ws = {WORDS!r}\nd = dict(zip(ws, range(len(ws))))\ns = ' '.join(ws)\nt = tuple(xs[:3])\nst = set(xs)\n")
    exec(ns_src, env)
    lines = []
    for _ in range(45):
        stmt = r.choice(_statements(r))
        trial = dict(env)
        try:
            exec(stmt, trial)
        except Exception:
            continue
        env = trial
        lines.append(stmt)
        shown = r.choice(PRINTS).format(i=r.randint(-3, 6), w=repr(r.choice(WORDS)), c=repr(r.choice(CHARS)))
        try:
            exec(shown, dict(env), {})
        except Exception:
            continue
        lines.append(shown)
    if seed % 5:
        for ending in r.sample(ENDINGS, len(ENDINGS)):
            e = ending.format(n=100 + seed, w=repr("zz" + str(seed)))
            try:
                exec(e, dict(env))
            except Exception:
                lines.append(e)
                break
    return setup + "".join("    " + ln + "\n" for ln in lines) + FOOTER


def test_generator_is_deterministic():
    assert program_for(3) == program_for(3)


@pytest.mark.parametrize("seed", SEEDS)
def test_generated_data_program(tmp_path, seed):
    expect_same(tmp_path, f"data{seed}", program_for(seed))


# ----- lambdas: captured values must be read when CPython reads them (late binding) ---------------
LAMBDA_SHAPES = [
    "fs = [lambda x: x + {v} for {v} in range(3)]\n    print([f(1) for f in fs])",
    "fs = []\n    for {v} in range(3):\n        fs.append(lambda x: x * {v})\n    print([f(2) for f in fs])",
    "{v} = 2\n    f = lambda x: x - {v}\n    print(f(5), sorted([3, 1, 2], key=lambda t: t * {v}))",
    "{v} = 1\n    f = lambda x: x + {v}\n    {v} = 7\n    print(f(1))",
    "out = []\n    for {v} in range(3):\n        out.append(max([1, 2, 3], key=lambda t: -abs(t - {v})))\n    print(out)",
    "d = {{}}\n    for {v} in 'abc':\n        d[{v}] = lambda s: s + {v}\n    print([g('-') for g in d.values()])",
    "{v} = [1, 2]\n    f = lambda: len({v})\n    {v}.append(3)\n    print(f(), sorted({v}, key=lambda t: -t))",
]


def lambda_program(seed: int) -> str:
    r = random.Random(seed)
    shape = LAMBDA_SHAPES[seed % len(LAMBDA_SHAPES)]
    body = shape.format(v=r.choice(["n", "k", "i", "acc"]))
    return f"import asyncio\n\n\nasync def main():\n    {body}\n\n\nasyncio.run(main())\n"


@pytest.mark.parametrize("seed", range(len(LAMBDA_SHAPES)))
def test_generated_lambda_capture(tmp_path, seed):
    """Each program either prints what CPython prints or is refused with a located error (never
    a lambda that read a captured variable too early)."""
    import subprocess
    import sys

    from conftest import run_tool

    prog = tmp_path / f"lam{seed}.py"
    prog.write_text(lambda_program(seed))
    got = run_tool("main", "run", str(prog))
    if got.returncode == 1 and ": error: " in got.stderr and not got.stdout:
        assert "lambda capturing" in got.stderr, got.stderr
        return
    want = subprocess.run([sys.executable, str(prog)], stdout=subprocess.PIPE, text=True, timeout=60)
    assert (got.stdout, got.returncode) == (want.stdout, want.returncode), lambda_program(seed)
