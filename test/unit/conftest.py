"""Shared helpers for the unit tests: where the repo is and how to run the tools."""

import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_tool(module: str, *args: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run `python -m aithon.tools.<module> ARGS` from the repo root and capture its output."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (ROOT, os.environ.get("PYTHONPATH")) if p))
    return subprocess.run([sys.executable, "-m", f"aithon.tools.{module}", *args], cwd=ROOT, env=env,
                          input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=timeout)


# Worker counts every differential program runs with (AITHON_THREADS): one worker is the event loop
# alone; 2 and 8 let pure task steps run ahead on other threads (runtime/src/sched/worker.c). The
# program is compiled once and its executable run once per count, so the extra cost is small.
THREADS = (1, 2, 8)


def build_and_run(prog: str, tmp_dir, threads=THREADS, timeout: float = 300) -> list:
    """Build `prog` once with `aithon build`, run it once per worker count; a list of
    (threads, CompletedProcess) — or [(None, the failed build)] when it does not compile."""
    exe = os.path.join(str(tmp_dir), "prog")
    built = run_tool("main", "build", prog, "-o", exe, timeout=timeout)
    if built.returncode != 0:
        return [(None, built)]
    runs = []
    for n in threads:
        env = dict(os.environ, AITHON_THREADS=str(n))
        res = subprocess.run([exe], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, timeout=timeout)
        if res.returncode < 0:  # killed by a signal: the shell's convention, as `aithon run` reports it
            res.returncode = 128 - res.returncode
        runs.append((n, res))
    return runs


def assert_same_runs(prog: str, tmp_dir, threads=THREADS, timeout: float = 300) -> subprocess.CompletedProcess:
    """`prog` (absolute, or relative to the repo root) under CPython, then built once and run at each
    worker count: every run agrees with CPython's (`assert_same_run`). Returns CPython's run."""
    expected = subprocess.run([sys.executable, os.path.join(ROOT, prog)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, timeout=timeout)
    for n, got in build_and_run(prog, tmp_dir, threads, timeout):
        try:
            assert_same_run(expected, got)
        except AssertionError as exc:
            raise AssertionError(f"AITHON_THREADS={n}: {exc}") from None
    return expected


def last_error_line(stderr: str | bytes) -> str:
    """The last non-empty line of a run's stderr: for a failing program, the exception's type and
    message (`ZeroDivisionError: division by zero`), the part of a traceback both sides share."""
    if isinstance(stderr, bytes):
        stderr = stderr.decode(errors="replace")
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    return lines[-1] if lines else ""


def assert_same_run(expected: subprocess.CompletedProcess, got: subprocess.CompletedProcess) -> None:
    """CPython's run and AIthon's agree: exit status, stdout byte for byte, and the final stderr line
    (the exception's type and message, asyncio's report of a task exception never retrieved, or
    nothing)."""
    out = expected.stdout.decode() if isinstance(expected.stdout, bytes) else expected.stdout
    assert got.returncode == expected.returncode, got.stderr
    assert got.stdout == out, got.stderr
    assert last_error_line(got.stderr) == last_error_line(expected.stderr), got.stderr


@pytest.fixture
def aithon():
    return lambda *args, **kw: run_tool("main", *args, **kw)
