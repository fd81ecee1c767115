"""Differential tests: every program under test/programs/ and examples/ prints byte-identical
output, exits with the same status and ends stderr with the same line (the exception, or asyncio's
report of a task exception never retrieved) under CPython and as an AIthon executable run with 1, 2
and 8 workers (AITHON_THREADS)."""

import glob
import os

import pytest

from conftest import ROOT, assert_same_runs

PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "test", "programs", "*.py")) +
                  glob.glob(os.path.join(ROOT, "examples", "*.py")))


def test_corpus_is_large_enough():
    assert len(glob.glob(os.path.join(ROOT, "test", "programs", "*.py"))) >= 30


@pytest.mark.parametrize("prog", PROGRAMS, ids=[os.path.relpath(p, ROOT) for p in PROGRAMS])
def test_same_output_as_cpython(prog, tmp_path):
    assert_same_runs(os.path.relpath(prog, ROOT), tmp_path)
