#!/usr/bin/env python3
"""Compile-time benchmark: generated programs of growing size, each built with `aithon build`.

    python bench/compile_time.py [--long 1250,2500,5000,10000] [--many 200,400,800,1600] [--keep DIR]

(a) `long`: one async function with N statements (a realistic mix: assignments, arithmetic,
    if/else, prints, awaits of small helpers); (b) `many`: a file with N small async functions in
    a call tree (main awaits group heads, each head awaits its 39 leaves). Prints one line per size:
    wall-clock and CPU seconds, and CPU seconds per 1,000 units (constant when growth is linear).
    The output of each executable is checked against python3's.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def long_function(n: int) -> str:
    """One async function with `n` statements (every 5-statement group is counted as 5)."""
    out = ["import asyncio", "", "", "async def inc(x):", "    return x + 1", "", "",
           "async def tick():", "    await asyncio.sleep(0)", "", "", "async def main():",
           "    a = 1", "    b = 2", "    total = 0"]
    for i in range(n // 5):
        k = i % 7
        out += [f"    a = (a * 3 + {k}) % 1000",
                f"    if a > b:\n        b = b + a % 10\n    else:\n        b = b - 1",
                f"    total = total + await inc(a)" if i % 2 == 0 else "    await tick()",
                f"    s = 'v' + str(b)",
                f"    print(s, total)" if i % 10 == 0 else f"    total = total - {k}"]
    out += ["    print(a, b, total)", "", "", "asyncio.run(main())", ""]
    return "\n".join(out)


def many_functions(n: int, group: int = 40) -> str:
    """A file with `n` small async functions: leaves doing a little arithmetic, grouped under one
    head per `group` functions that awaits its leaves; main awaits the heads (a call tree, so no
    single function awaits more than `group` others)."""
    out = ["import asyncio", ""]
    heads = []
    for i in range(n):
        if i % group == 0:
            continue
        out += ["", f"async def f{i}(x):", f"    y = x * {i % 13 + 1} + {i}",
                "    if y % 2 == 0:", "        y = y // 2", "    return y % 100003", ""]
    for h in range(0, n, group):
        heads.append(h)
        out += ["", f"async def f{h}(x):", "    acc = x"]
        out += [f"    acc = await f{i}(acc)" for i in range(h + 1, min(h + group, n))]
        out += ["    return acc", ""]
    out += ["", "async def main():", "    acc = 0"]
    out += [f"    acc = await f{h}(acc)" for h in heads]
    out += ["    print(acc)", "", "", "asyncio.run(main())", ""]
    return "\n".join(out)


def build_seconds(src: str, name: str, tmp: str) -> tuple[float, float]:
    """(wall-clock, CPU) seconds of `aithon build` (CPU: the build and every tool it runs, which is
    the steadier number on a machine shared with other work)."""
    prog = os.path.join(tmp, f"{name}.py")
    with open(prog, "w") as fh:
        fh.write(src)
    exe = os.path.join(tmp, name)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p))
    cpu0 = _children_cpu()
    start = time.perf_counter()
    res = subprocess.run([sys.executable, "-m", "aithon.tools.main", "build", prog, "-o", exe], env=env,
                         capture_output=True, text=True)
    elapsed, cpu = time.perf_counter() - start, _children_cpu() - cpu0
    if res.returncode != 0:
        raise SystemExit(f"aithon build {name} failed:\n{res.stderr}")
    want = subprocess.run([sys.executable, prog], capture_output=True).stdout
    got = subprocess.run([exe], capture_output=True).stdout
    if want != got:
        raise SystemExit(f"{name}: the executable's output differs from python3's")
    return elapsed, cpu


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def sizes(text: str) -> list[int]:
    return [int(s) for s in text.split(",") if s.strip()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--long", default="1250,2500,5000,10000", help="statement counts of the long function")
    ap.add_argument("--many", default="200,400,800,1600", help="function counts")
    ap.add_argument("--keep", help="write the generated programs here instead of a temporary directory")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="aithon-ct-") as tmp:
        where = args.keep or tmp
        os.makedirs(where, exist_ok=True)
        print("| program | size | aithon build, wall (s) | CPU (s) | CPU s per 1,000 |")
        print("|---|---|---|---|---|")
        for kind, gen, unit in (("long", long_function, "statements"), ("many", many_functions, "functions")):
            for n in sizes(getattr(args, kind)):
                wall, cpu = build_seconds(gen(n), f"{kind}_{n}", where)
                print(f"| {kind} | {n:,} {unit} | {wall:.1f} | {cpu:.1f} | {cpu / n * 1000:.2f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
