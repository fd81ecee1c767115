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


@pytest.fixture
def aithon():
    return lambda *args, **kw: run_tool("main", *args, **kw)
