"""Runs the lit/FileCheck suite under test/lit (so one test command covers both tiers)."""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_lit_suite(tmp_path):
    env = dict(os.environ, AITHON_LIT_EXEC_ROOT=str(tmp_path))
    cmd = [sys.executable, "-c", "from lit.main import main; main()", "-sv", "-j", str(os.cpu_count() or 2),
           os.path.join(ROOT, "test", "lit")]
    res = subprocess.run(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert res.returncode == 0, res.stdout[-20000:]
    assert "Passed" in res.stdout
