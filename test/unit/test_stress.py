"""Stress programs checked against CPython with 1, 2 and 8 workers (AITHON_THREADS): 1,000,000
tasks spawned and joined, 1,000,000 tasks alive at once (bench/programs/spawn.py, spawn_idle.py),
deep and wide await chains and a random spawn tree mixing gathers, tasks, yields and pure CPU
steps (test/stress/). CPython needs 10-20 s for each of the two 1,000,000-task programs."""

import glob
import os

import pytest

from conftest import ROOT, assert_same_runs

PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "test", "stress", "*.py"))) + [
    os.path.join(ROOT, "bench", "programs", "spawn.py"), os.path.join(ROOT, "bench", "programs", "spawn_idle.py")]

pytestmark = pytest.mark.stress


@pytest.mark.parametrize("prog", PROGRAMS, ids=[os.path.relpath(p, ROOT) for p in PROGRAMS])
def test_stress_same_output_as_cpython(prog, tmp_path):
    assert_same_runs(os.path.relpath(prog, ROOT), tmp_path, timeout=600)
