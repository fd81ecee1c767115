#!/usr/bin/env python3
"""A/B timing of two executables of one program (e.g. built before and after a change), run
alternately in one session so that the machine's load drifts on both alike:

    python bench/tools/ab.py /tmp/fib_before /tmp/fib_after --repeat 7

Prints the best and median wall-clock time of each and the ratio B / A of the medians. Both must
print the same output (checked)."""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time


def run(exe: str) -> tuple[float, bytes]:
    t = time.perf_counter()
    out = subprocess.run([exe], stdout=subprocess.PIPE, check=True).stdout
    return time.perf_counter() - t, out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    times: dict[str, list[float]] = {args.a: [], args.b: []}
    outputs: dict[str, bytes] = {}
    for _ in range(args.repeat):
        for exe in (args.a, args.b):
            t, out = run(exe)
            times[exe].append(t)
            outputs.setdefault(exe, out)
            if out != outputs[exe]:
                sys.exit(f"{exe}: output changed between runs")
    if outputs[args.a] != outputs[args.b]:
        sys.exit("the two executables print different output")
    for exe in (args.a, args.b):
        print(f"{exe}: best {min(times[exe]):.3f} s, median {statistics.median(times[exe]):.3f} s")
    ratio = statistics.median(times[args.b]) / statistics.median(times[args.a])
    print(f"B / A (medians): {ratio:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
