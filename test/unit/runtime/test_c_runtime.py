"""The C runtime's own tests (runtime/test), plain and under AddressSanitizer+UBSan and
ThreadSanitizer (marker `sanitizers`; deselect with `-m 'not sanitizers'`)."""

import os
import re
import shutil
import subprocess

import pytest

from conftest import ROOT

SCRIPT = os.path.join(ROOT, "runtime", "test", "run_tests.sh")


# The MemoryError tests ask for more than any machine has; with allocator_may_return_null=1 ASan
# returns NULL as malloc does, and says so on stderr.
ASAN_NULL = re.compile(r"^==\d+==WARNING: AddressSanitizer failed to allocate 0x[0-9a-f]+ bytes\n", re.M)


def run(variant):
    res = subprocess.run(["bash", SCRIPT, variant], cwd=ROOT, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True, timeout=900)
    out = ASAN_NULL.sub("", res.stdout)
    assert res.returncode == 0, out[-20000:]
    assert " passed, 0 failed" in out, out[-20000:]
    assert "failed" not in out.replace(" 0 failed", ""), out[-20000:]


def test_runtime_plain():
    run("plain")


@pytest.mark.sanitizers
@pytest.mark.parametrize("variant", ["asan", "tsan"])
def test_runtime_sanitizers(variant):
    if not shutil.which(os.environ.get("CC", "cc")):
        pytest.skip("no C compiler")
    run(variant)
