"""Unsupported Python is refused with one located diagnostic line and exit status 1: every file
under test/diagnostics/ starts with `# ERROR: LINE:COL: error: MESSAGE-SUBSTRING`, and declares the
compile-time warnings CPython would print, if any, as `# WARNING: LINE: MESSAGE` lines."""

import glob
import os
import re

import pytest

from conftest import ROOT, run_tool

CASES = sorted(glob.glob(os.path.join(ROOT, "test", "diagnostics", "*.py")))
HEADER = re.compile(r"#\s*ERROR:\s*(\d+):(\d+): error: (.+)")
WARNINGS = re.compile(r"^#\s*WARNING:\s*(\d+): (.+)$", re.M)


def expectation(path):
    with open(path, encoding="utf-8") as fh:
        m = HEADER.match(fh.readline().strip())
    assert m, f"{path}: first line must be '# ERROR: LINE:COL: error: MESSAGE'"
    return int(m.group(1)), int(m.group(2)), m.group(3).strip()


def test_there_are_cases():
    assert len(CASES) >= 10


@pytest.mark.parametrize("path", CASES, ids=[os.path.basename(p) for p in CASES])
def test_refused_with_one_located_error(path):
    line, col, message = expectation(path)
    rel = os.path.relpath(path, ROOT)
    res = run_tool("main", "run", rel)
    assert res.returncode == 1
    assert res.stdout == ""
    lines = res.stderr.splitlines()
    # CPython's compile-time SyntaxWarnings come first, as located warnings the file declares
    warned = [ln for ln in lines if re.match(rf"{re.escape(rel)}:\d+: warning: ", ln)]
    assert warned == [f"{rel}:{ln}: warning: {msg}" for ln, msg in WARNINGS.findall(open(path, encoding="utf-8").read())]
    first, *rest = lines[len(warned):]
    assert first.startswith(f"{rel}:{line}:{col}: error: "), res.stderr
    assert message in first, res.stderr
    assert "Traceback" not in res.stderr
    assert len(rest) == 2 and rest[1].strip() == "^", res.stderr  # the source line and a caret
