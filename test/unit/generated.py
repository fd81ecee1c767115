"""Shared by the generated differential tests: run a program under python3 and under `aithon run`
and compare stdout, the exit status and, when the program raises, the last line of stderr (the
exception type and message).

AIthon's ints are 64-bit (a documented limit): where CPython's result, or an intermediate int,
leaves the 64-bit range, the expected behaviour is OverflowError with AIthon's message, raised
by the line that computes it. `overflow_last=True` says the program's last line is such a line:
CPython prints it (or raises later in that line), AIthon raises OverflowError there instead."""

import subprocess
import sys

from conftest import run_tool

INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
OVERFLOW_LINE = "OverflowError: integer overflow: AIthon ints are 64-bit (no big integers yet)"


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def expect_same(tmp_path, name: str, source: str, overflow_last: bool = False) -> None:
    prog = tmp_path / f"{name}.py"
    prog.write_text(source)
    want = subprocess.run([sys.executable, str(prog)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=120)
    got = run_tool("main", "run", str(prog))
    out, rc, err = want.stdout, want.returncode, last_line(want.stderr)
    if overflow_last:
        if rc == 0:  # CPython printed the big int; AIthon raises there
            out = out[: out.rstrip("\n").rfind("\n") + 1]
        # else CPython raised later in that line (1 // 0 after the overflow): AIthon's came first
        rc, err = 1, OVERFLOW_LINE
    assert got.stdout == out, f"{name}: stdout differs\n{source}"
    assert got.returncode == rc, f"{name}: exit status {got.returncode}, want {rc}\n{got.stderr}\n{source}"
    if rc != 0:
        assert last_line(got.stderr) == err, f"{name}: {got.stderr}\n{source}"
