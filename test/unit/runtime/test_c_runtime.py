"""The C runtime's own tests (runtime/test), plain and under AddressSanitizer+UBSan and
ThreadSanitizer (marker `sanitizers`; deselect with `-m 'not sanitizers'`)."""

import os
import shutil
import subprocess

import pytest

from conftest import ROOT

SCRIPT = os.path.join(ROOT, "runtime", "test", "run_tests.sh")


def run(variant):
    res = subprocess.run(["bash", SCRIPT, variant], cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, timeout=900)
    assert res.returncode == 0, res.stdout[-20000:]
    assert " passed, 0 failed" in res.stdout, res.stdout[-20000:]
    assert "failed" not in res.stdout.replace(" 0 failed", ""), res.stdout[-20000:]


def test_runtime_plain():
    run("plain")


@pytest.mark.sanitizers
@pytest.mark.parametrize("variant", ["asan", "tsan"])
def test_runtime_sanitizers(variant):
    if not shutil.which(os.environ.get("CC", "cc")):
        pytest.skip("no C compiler")
    run(variant)
