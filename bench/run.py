#!/usr/bin/env python3
"""Benchmarks: each program in bench/programs/ under CPython asyncio, uvloop (when importable) and
as an AIthon native executable built once from the same source. Every run is one process launch;
the best of --repeat runs is reported with its peak RSS, outputs must be identical, and the ratio
is CPython's time over AIthon's. A program's `# bench: ops=N unit=WHAT [threads=1,2]` line gives
the operation count for ns per operation, and the AITHON_THREADS values to run it with.

    python bench/run.py [--repeat N] [--markdown bench/RESULTS.md] [PROGRAM ...]
"""

from __future__ import annotations

import argparse
import glob
import os
import platform
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
UVLOOP = "import runpy, sys, uvloop; uvloop.install(); sys.argv = [sys.argv[1]]; runpy.run_path(sys.argv[0], run_name='__main__')"


def has_uvloop() -> bool:
    return subprocess.run([sys.executable, "-c", "import uvloop"], capture_output=True).returncode == 0


def header(prog: str) -> dict:
    """The program's `# bench:` line: ops (int), unit, threads (AITHON_THREADS values)."""
    with open(prog, encoding="utf-8") as fh:
        m = re.search(r"^# bench: (.*)$", fh.read(), re.M)
    fields = dict(kv.split("=", 1) for kv in m.group(1).split()) if m else {}
    return {"ops": int(fields.get("ops", "1")), "unit": fields.get("unit", "run"),
            "threads": [t for t in fields.get("threads", "").split(",") if t]}


def run_once(cmd: list[str], env: dict | None) -> tuple[float, int, bytes]:
    """One launch: wall time, the child's own peak RSS in bytes (reaped with wait4), stdout."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env)
        out = proc.stdout.read()
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.stdout.close()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err.read().decode()[-500:]}")
    return elapsed, usage.ru_maxrss * 1024, out


def timed(cmd: list[str], repeat: int, env: dict | None = None) -> tuple[float, int, bytes]:
    best, rss, out = float("inf"), 0, b""
    for _ in range(repeat):
        elapsed, peak, res = run_once(cmd, env)
        if elapsed < best:
            best, rss, out = elapsed, peak, res
    return best, rss, out


def build(prog: str, exe: str) -> None:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p))
    res = subprocess.run([sys.executable, "-m", "aithon.tools.main", "build", prog, "-o", exe], env=env,
                         capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"aithon build {prog} failed:\n{res.stderr}")


def bench(prog: str, repeat: int, uv: bool, tmp: str) -> list[dict]:
    """One row per configuration: CPython, uvloop, AIthon (once per `threads=` value)."""
    exe = os.path.join(tmp, os.path.splitext(os.path.basename(prog))[0])
    build(prog, exe)
    h = header(prog)
    name = os.path.basename(prog)
    configs = [("CPython asyncio", [sys.executable, prog], None)]
    if uv:
        configs.append(("uvloop", [sys.executable, "-c", UVLOOP, prog], None))
    for t in h["threads"] or [None]:
        env = dict(os.environ, AITHON_THREADS=t) if t else None
        configs.append((f"AIthon, {t} worker{'s' if t != '1' else ''}" if t else "AIthon", [exe], env))
    rows, ref = [], None
    for label, cmd, env in configs:
        secs, rss, out = timed(cmd, repeat, env)
        if ref is None:
            ref = out
        elif out != ref:
            raise SystemExit(f"{prog}: {label} output differs from CPython's:\n{out.decode()}\nvs\n{ref.decode()}")
        rows.append({"program": name, "config": label, "seconds": secs, "rss": rss,
                     "ns_per_op": secs * 1e9 / h["ops"], "unit": h["unit"]})
    for r in rows:
        r["ratio"] = rows[0]["seconds"] / r["seconds"]
    return rows


def table(rows: list[dict]) -> str:
    head = "| program | run | time (s) | ns per op | peak RSS (MiB) | CPython time / this |"
    lines = [head, "|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['program']} | {r['config']} | {r['seconds']:.3f} | "
                     f"{r['ns_per_op']:,.0f} per {r['unit']} | {r['rss'] / 2**20:,.1f} | {r['ratio']:.1f}x |")
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
        rows = [row for p in progs for row in bench(p, args.repeat, uv, tmp)]
    text = table(rows)
    print(text)
    if args.markdown:
        machine = (f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
                   f"{platform.python_version()}, uvloop {'used' if uv else 'not installed'}")
        with open(args.markdown, "w", encoding="utf-8") as fh:
            fh.write("# Benchmark results\n\n")
            fh.write(f"`python bench/run.py --repeat {args.repeat} --markdown bench/RESULTS.md` on {machine}.\n")
            fh.write("Wall-clock time of one process launch (best of the repeats) and that launch's peak RSS,\n")
            fh.write("compile time excluded; ns per op = time / the program's `# bench: ops=`.\n\n")
            fh.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
