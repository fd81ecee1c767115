"""Shared by the generated differential tests: run a program under python3 and under `aithon run`
and compare stdout, the exit status and, when the program raises, the last line of stderr (the
exception type and message). Ints are unbounded, as in CPython: nothing is modelled, CPython's run
is the expectation in full."""

import subprocess
import sys

from conftest import run_tool


def last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def expect_same(tmp_path, name: str, source: str) -> None:
    prog = tmp_path / f"{name}.py"
    prog.write_text(source)
    want = subprocess.run([sys.executable, str(prog)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=120)
    got = run_tool("main", "run", str(prog))
    out, rc, err = want.stdout, want.returncode, last_line(want.stderr)
    assert got.stdout == out, f"{name}: stdout differs\n{source}"
    assert got.returncode == rc, f"{name}: exit status {got.returncode}, want {rc}\n{got.stderr}\n{source}"
    if rc != 0:
        assert last_line(got.stderr) == err, f"{name}: {got.stderr}\n{source}"
