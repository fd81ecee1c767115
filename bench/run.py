#!/usr/bin/env python3
"""Benchmarks: each program in bench/programs/ under CPython asyncio, uvloop (when importable) and
as an AIthon native executable built once from the same source. Every run is one process launch;
the best of --repeat runs is reported, outputs must be identical, and the ratio is CPython's time
over AIthon's.

    python bench/run.py [--repeat N] [--markdown bench/RESULTS.md] [PROGRAM ...]
"""

from __future__ import annotations

import argparse
import glob
import os
import platform
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
UVLOOP = "import runpy, sys, uvloop; uvloop.install(); sys.argv = [sys.argv[1]]; runpy.run_path(sys.argv[0], run_name='__main__')"


def has_uvloop() -> bool:
    return subprocess.run([sys.executable, "-c", "import uvloop"], capture_output=True).returncode == 0


def timed(cmd: list[str], repeat: int) -> tuple[float, bytes]:
    best, out = float("inf"), b""
    for _ in range(repeat):
        start = time.perf_counter()
        res = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if res.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({res.returncode}): {res.stderr.decode()[-500:]}")
        best, out = min(best, elapsed), res.stdout
    return best, out


def build(prog: str, exe: str) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p))
    res = subprocess.run([sys.executable, "-m", "aithon.tools.main", "build", prog, "-o", exe], env=env,
                         capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"aithon build {prog} failed:\n{res.stderr}")


def bench(prog: str, repeat: int, uv: bool, tmp: str) -> dict:
    exe = os.path.join(tmp, os.path.splitext(os.path.basename(prog))[0])
    build(prog, exe)
    row = {"program": os.path.basename(prog)}
    row["cpython"], ref = timed([sys.executable, prog], repeat)
    if uv:
        row["uvloop"], out = timed([sys.executable, "-c", UVLOOP, prog], repeat)
        if out != ref:
            raise SystemExit(f"{prog}: uvloop output differs from asyncio's")
    row["aithon"], out = timed([exe], repeat)
    if out != ref:
        raise SystemExit(f"{prog}: AIthon output differs from CPython's:\n{out.decode()}\nvs\n{ref.decode()}")
    row["ratio"] = row["cpython"] / row["aithon"]
    return row


def table(rows: list[dict], uv: bool) -> str:
    head = "| program | CPython asyncio (s) |" + (" uvloop (s) |" if uv else "") + " AIthon (s) | speed-up vs CPython |"
    lines = [head, "|" + "---|" * (head.count("|") - 1)]
    for r in rows:
        cells = [r["program"], f"{r['cpython']:.3f}"] + ([f"{r['uvloop']:.3f}"] if uv else [])
        cells += [f"{r['aithon']:.3f}", f"{r['ratio']:.1f}x"]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("programs", nargs="*", help="default: bench/programs/*.py")
    ap.add_argument("--repeat", type=int, default=3, help="runs per configuration; the best is kept")
    ap.add_argument("--markdown", help="also write the table (with machine details) to this file")
    args = ap.parse_args()
    progs = args.programs or sorted(glob.glob(os.path.join(HERE, "programs", "*.py")))
    uv = has_uvloop()
    with tempfile.TemporaryDirectory(prefix="aithon-bench-") as tmp:
        rows = [bench(p, args.repeat, uv, tmp) for p in progs]
    text = table(rows, uv)
    print(text)
    if args.markdown:
        machine = (f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
                   f"{platform.python_version()}, uvloop {'used' if uv else 'not installed'}")
        with open(args.markdown, "w", encoding="utf-8") as fh:
            fh.write("# Benchmark results\n\n")
            fh.write(f"`python bench/run.py --repeat {args.repeat} --markdown bench/RESULTS.md` on {machine}.\n")
            fh.write("Wall-clock time of one process launch (best of the repeats), compile time excluded;\n")
            fh.write("AIthon runs on one worker thread (the M:N scheduler is a later issue).\n\n")
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
